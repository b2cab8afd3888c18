using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Svodka.Storage.Articles;
using Svodka.Storage.Stories;

namespace Svodka.Storage.Search;

/// <summary>
/// Full-text search over articles, one interface for both databases: SQLite keeps the terms in an FTS5
/// table, PostgreSQL in a tsvector with a GIN index (table article_search, migration Portal). Both hold
/// <see cref="SearchTerms"/> (Svodka's Snowball stems), because FTS5 has no Russian stemmer and the same
/// stems on both make the same query find the same articles. Results are grouped by story.
/// </summary>
public abstract class ArticleSearch(IDbContextFactory<SvodkaDb> factory)
{
    /// <summary>Articles read per indexing round.</summary>
    public const int BatchSize = 500;

    protected IDbContextFactory<SvodkaDb> Factory { get; } = factory;

    public static ArticleSearch For(DatabaseTarget target, IDbContextFactory<SvodkaDb> factory) => target.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteArticleSearch(factory),
        DatabaseProvider.Postgres => new PostgresArticleSearch(factory),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.Provider, "unknown database provider"),
    };

    /// <summary>Indexes (or re-indexes) these articles.</summary>
    public async Task<int> IndexAsync(IReadOnlyList<long> articleIds, CancellationToken ct)
    {
        if (articleIds.Count == 0) return 0;
        await using var db = Factory.CreateDbContext();
        var ids = articleIds.Distinct().ToList();
        var rows = await db.Articles.AsNoTracking()
            .Where(a => EF.Parameter(ids).Contains(a.Id))
            .Select(a => new { a.Id, a.Title, Body = a.Text ?? a.Summary, Language = a.DetectedLanguage ?? a.Language })
            .ToListAsync(ct);
        var documents = rows.ConvertAll(r => new SearchDocument(r.Id,
            SearchTerms.Document(r.Title, r.Language ?? ""), SearchTerms.Document(r.Body, r.Language ?? "")));
        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await WriteAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(), documents, ct);
        await tx.CommitAsync(ct);
        return documents.Count;
    }

    /// <summary>Indexes the next articles after the highest one indexed; returns how many (0: caught up).</summary>
    public async Task<int> IndexNewAsync(CancellationToken ct)
    {
        long last;
        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.OpenConnectionAsync(ct);
            last = await MaxIndexedIdAsync(db.Database.GetDbConnection(), ct);
        }
        List<long> next;
        await using (var db = Factory.CreateDbContext())
            next = await db.Articles.AsNoTracking().Where(a => a.Id > last).OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToListAsync(ct);
        return await IndexAsync(next, ct);
    }

    /// <summary>
    /// Re-indexes articles analysed again at or after <paramref name="since"/> (their language may have changed).
    /// An article analysed as it was stored (analysis time = fetch time) was indexed with that analysis already by
    /// <see cref="IndexNewAsync"/>, so it is left alone: after a busy minute of collecting, the sweep would otherwise
    /// index every new article twice, and the site would drop its page caches for nothing.
    /// </summary>
    public async Task<int> IndexAnalysedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        var from = since.ToUniversalTime();
        var done = 0;
        for (long after = 0; ;)
        {
            List<long> ids;
            await using (var db = Factory.CreateDbContext())
                ids = await db.Articles.AsNoTracking().Where(a => a.AnalysedAt >= from && a.AnalysedAt > a.FetchedAt && a.Id > after)
                    .OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0) return done;
            done += await IndexAsync(ids, ct);
            after = ids[^1];
        }
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var words = SearchTerms.Query(request.Query, request.Language);
        if (words.Count == 0) return new SearchResults(0, 0, []);
        await using var db = Factory.CreateDbContext();
        await db.Database.OpenConnectionAsync(ct);
        var matches = await MatchAsync(db.Database.GetDbConnection(), words, request, ct);
        if (matches.Count == 0) return new SearchResults(0, 0, []);

        // Best match first; a story stands where its best article stands.
        var groups = matches.GroupBy(m => m.StoryId is { } story ? story : -m.ArticleId).ToList();
        var page = groups.Skip(Math.Max(0, request.Skip)).Take(Math.Clamp(request.Take, 1, 100)).ToList();

        var shownIds = page.SelectMany(g => g.Take(3)).Select(m => m.ArticleId).ToList();
        // Results are shown as lists show articles: no HTML, no whole text.
        var articleRows = await db.Articles.AsNoTracking().Where(a => EF.Parameter(shownIds).Contains(a.Id)).ListedColumns().ToListAsync(ct);
        var articles = (await ArticleStore.WithSourcesAsync(db, articleRows, ct)).ToDictionary(a => a.Id);
        var storyIds = page.Where(g => g.Key > 0).Select(g => g.Key).ToList();
        var storyRows = await db.Stories.AsNoTracking().Where(s => EF.Parameter(storyIds).Contains(s.Id) && s.MergedInto == null && !s.Hidden).ToListAsync(ct);
        var stories = (await StoryStore.ListingsAsync(db, storyRows, ct)).ToDictionary(s => s.Id);

        var result = page.Select(g => new SearchGroup(
                g.Key > 0 ? stories.GetValueOrDefault(g.Key) : null,
                g.Take(3).Select(m => articles.GetValueOrDefault(m.ArticleId)).OfType<ArticleRecord>().ToList(),
                g.Count()))
            .Where(g => g.Articles.Count > 0)
            .ToList();
        return new SearchResults(groups.Count, matches.Count, result);
    }

    protected abstract Task<long> MaxIndexedIdAsync(DbConnection connection, CancellationToken ct);

    protected abstract Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SearchDocument> documents, CancellationToken ct);

    /// <summary>Matching article ids with their stories, best first, at most <see cref="SearchRequest.MaxMatches"/>.</summary>
    protected abstract Task<List<SearchMatch>> MatchAsync(DbConnection connection, IReadOnlyList<IReadOnlyList<string>> words,
        SearchRequest request, CancellationToken ct);

    /// <summary>The filters every provider applies, written over the articles table aliased <c>a</c>.</summary>
    protected static string Filters(DbCommand command, SearchRequest request, Func<DateTimeOffset, object> time)
    {
        var sql = new System.Text.StringBuilder();
        if (request.Rubric is { } rubric)
        {
            sql.Append(" AND a.rubric = @rubric");
            Add(command, "@rubric", rubric);
        }
        if (request.Region is { } region)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.kind = 'Region' AND t.slug = @region)");
            Add(command, "@region", region);
        }
        if (request.SourceId is { } source)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM article_sources l WHERE l.article_id = a.id AND l.source_id = @source)");
            Add(command, "@source", source);
        }
        if (request.From is { } from)
        {
            sql.Append(" AND a.listed_at >= @from");
            Add(command, "@from", time(from.ToUniversalTime()));
        }
        if (request.Until is { } until)
        {
            sql.Append(" AND a.listed_at < @until");
            Add(command, "@until", time(until.ToUniversalTime()));
        }
        if (request.Languages is { Count: > 0 } languages)
        {
            var names = languages.Select((l, i) => { Add(command, $"@lang{i}", l); return $"@lang{i}"; });
            sql.Append(" AND COALESCE(a.detected_language, a.language) IN (").Append(string.Join(", ", names)).Append(')');
        }
        return sql.ToString();
    }

    protected static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    protected static async Task<List<SearchMatch>> ReadMatchesAsync(DbCommand command, CancellationToken ct)
    {
        var matches = new List<SearchMatch>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            matches.Add(new SearchMatch(reader.GetInt64(0), reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        return matches;
    }
}

/// <summary>An article's index terms: its title's and its body's.</summary>
public sealed record SearchDocument(long ArticleId, string TitleTerms, string BodyTerms);

/// <summary>A matching article, its score (higher is better) and its story (null: in none yet).</summary>
public sealed record SearchMatch(long ArticleId, double Score, long? StoryId);
