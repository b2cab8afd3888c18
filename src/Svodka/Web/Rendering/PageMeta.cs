namespace Svodka.Web.Rendering;

/// <summary>What the head of a page says about it: title, description, canonical path, feeds, Open Graph and JSON-LD.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>The canonical path with its query (paging), starting with '/'.</summary>
    public required string Path { get; init; }
    public IReadOnlyList<Crumb> Crumbs { get; init; } = [];
    /// <summary>The path the page's feeds hang under ("" for the home page: /rss, /atom, /feed.json); null: no feeds.</summary>
    public string? FeedPrefix { get; init; }
    /// <summary>A query the feed links carry (the search's words and filters).</summary>
    public string? FeedQuery { get; init; }

    /// <summary>The page's feed in one format ("rss", "atom", "feed.json"), as a path with its query.</summary>
    public string? FeedPath(string format) =>
        FeedPrefix is null ? null : $"{FeedPrefix}/{format}{(FeedQuery is null ? "" : "?" + FeedQuery)}";
    public string OgType { get; init; } = "website";
    public string? ImageUrl { get; init; }
    /// <summary>A NewsArticle for article and story pages.</summary>
    public NewsArticleData? Article { get; init; }
    /// <summary>Pages not to index (search results, errors).</summary>
    public bool NoIndex { get; init; }
}

public sealed record Crumb(string Name, string Path);

public sealed record NewsArticleData(string Headline, string Description, DateTimeOffset Published, DateTimeOffset Modified,
    IReadOnlyList<string> Authors, string? ImageUrl, string? Section);
