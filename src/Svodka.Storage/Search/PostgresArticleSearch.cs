using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Search;

/// <summary>
/// article_search(article_id, terms tsvector) with a GIN index. The stems go through the 'simple'
/// configuration, which keeps them as they are: the Russian stemming is Svodka's (see <see cref="SearchTerms"/>),
/// so PostgreSQL and SQLite find the same articles. Title terms weigh A, body terms D.
/// </summary>
internal sealed class PostgresArticleSearch(IDbContextFactory<SvodkaDb> factory) : ArticleSearch(factory)
{
    protected override async Task<long> MaxIndexedIdAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(article_id), 0) FROM article_search";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    protected override async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO article_search (article_id, terms)
            VALUES (@id, setweight(to_tsvector('simple', @title), 'A') || setweight(to_tsvector('simple', @body), 'D'))
            ON CONFLICT (article_id) DO UPDATE SET terms = EXCLUDED.terms
            """;
        var (id, title, body) = (insert.CreateParameter(), insert.CreateParameter(), insert.CreateParameter());
        (id.ParameterName, title.ParameterName, body.ParameterName) = ("@id", "@title", "@body");
        insert.Parameters.Add(id);
        insert.Parameters.Add(title);
        insert.Parameters.Add(body);
        foreach (var document in documents)
        {
            (id.Value, title.Value, body.Value) = (document.ArticleId, document.TitleTerms, document.BodyTerms);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    protected override async Task<List<SearchMatch>> MatchAsync(DbConnection connection, IReadOnlyList<IReadOnlyList<string>> words,
        SearchRequest request, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        // Terms are letters and digits only (SearchTerms), so quoting them is all tsquery syntax needs.
        var query = string.Join(" & ", words.Select(w => "(" + string.Join(" | ", w.Select(t => "'" + t + "'")) + ")"));
        Add(command, "@query", query);
        var filters = Filters(command, request, t => t);
        // The GIN index first, then each match's article by its key: the filters' selectivity is unknown to the
        // planner (COALESCE(detected_language, language) has no statistics), and left to itself it walks every
        // article and tests its terms one by one. LIMIT 1 keeps the lateral join a lookup per match.
        command.CommandText = $"""
            WITH matches AS MATERIALIZED (
                SELECT s.article_id, ts_rank(s.terms, q)::float8 AS score
                FROM article_search s, to_tsquery('simple', @query) q
                WHERE s.terms @@ q)
            SELECT m.article_id, m.score, a.story_id
            FROM matches m
            CROSS JOIN LATERAL (SELECT a.listed_at, a.story_id FROM articles a WHERE a.id = m.article_id{filters} LIMIT 1) a
            ORDER BY m.score DESC, a.listed_at DESC
            LIMIT {SearchRequest.MaxMatches}
            """;
        return await ReadMatchesAsync(command, ct);
    }
}
