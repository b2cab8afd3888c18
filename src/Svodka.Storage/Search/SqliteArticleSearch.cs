using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Search;

/// <summary>
/// The FTS5 table article_search(title, body), rowid = article id, holding stems. bm25 weighs a title
/// match three times a body match; equal scores go to the newer article.
/// </summary>
internal sealed class SqliteArticleSearch(IDbContextFactory<SvodkaDb> factory) : ArticleSearch(factory)
{
    protected override async Task<long> MaxIndexedIdAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(rowid), 0) FROM article_search";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    protected override async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM article_search WHERE rowid = @id";
        var deleteId = delete.CreateParameter();
        deleteId.ParameterName = "@id";
        delete.Parameters.Add(deleteId);

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO article_search(rowid, title, body) VALUES (@id, @title, @body)";
        var (id, title, body) = (insert.CreateParameter(), insert.CreateParameter(), insert.CreateParameter());
        (id.ParameterName, title.ParameterName, body.ParameterName) = ("@id", "@title", "@body");
        insert.Parameters.Add(id);
        insert.Parameters.Add(title);
        insert.Parameters.Add(body);

        foreach (var document in documents)
        {
            deleteId.Value = document.ArticleId;
            await delete.ExecuteNonQueryAsync(ct);
            (id.Value, title.Value, body.Value) = (document.ArticleId, document.TitleTerms, document.BodyTerms);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    protected override async Task<List<SearchMatch>> MatchAsync(DbConnection connection, IReadOnlyList<IReadOnlyList<string>> words,
        SearchRequest request, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        // Every word must match, any of its stems will do: ("губернатор") AND ("кошанов" OR "кошан").
        var match = string.Join(" AND ", words.Select(w => "(" + string.Join(" OR ", w.Select(t => '"' + t.Replace("\"", "\"\"") + '"')) + ")"));
        Add(command, "@match", match);
        var filters = Filters(command, request, t => t.ToUnixTimeMilliseconds());
        command.CommandText = $"""
            SELECT s.rowid, -bm25(article_search, 3.0, 1.0) AS score, a.story_id
            FROM article_search s JOIN articles a ON a.id = s.rowid
            WHERE article_search MATCH @match{filters}
            ORDER BY bm25(article_search, 3.0, 1.0), a.listed_at DESC
            LIMIT {SearchRequest.MaxMatches}
            """;
        return await ReadMatchesAsync(command, ct);
    }
}
