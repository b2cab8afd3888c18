namespace Svodka.Core.Classify.Sources;

/// <summary>
/// The rubric a publisher gave an article by filing it under a URL section (/sport/, /economy/, /kultura/ …),
/// for Russian and English publishers. The first path segment (left to right, the last segment, the slug,
/// excluded) that the table knows decides: "/news/sport/…" is sports, "/sport/football/…" is sports.
/// Sections that say where rather than what (/world/ aside: a world desk is politics and conflicts), and
/// sections whose articles the contest labels both ways (lifestyle, celebrity, health-and-beauty), are not in
/// the table: a weak label should be wrong rarely, even at the cost of fewer labels.
/// </summary>
public static class UrlSectionRubrics
{
    private static readonly Dictionary<string, string> RubricBySection = Build(
        (Rubrics.Society, ["politics", "politic", "politika", "policy", "world", "world-news", "worldnews", "us-news", "uk-news",
            "society", "obshchestvo", "obschestvo", "obshhestvo", "obshestvo", "obshestvo", "incidents", "incident", "proisshestviya",
            "proisshestvija", "accidents", "crime", "kriminal", "military", "army", "elections", "vybory", "geopolitics", "policiales"]),
        (Rubrics.Economy, ["business", "economy", "economics", "ekonomika", "economika", "finance", "finansy", "markets", "stocks",
            "stock-market-news", "money", "companies", "companies-markets", "investing", "real-estate", "nedvizhimost", "biz",
            "earnings", "international-business", "banks", "energy", "rbcfreenews"]),
        (Rubrics.Technology, ["tech", "technology", "technologies", "tehnologii", "tekhnologii", "hitech", "hi-tech", "gadgets",
            "hardware", "internet", "auto", "autos", "cars", "avto", "mobile", "android", "apps", "software", "cybersecurity", "ctech"]),
        (Rubrics.Sports, ["sport", "sports", "football", "soccer", "hockey", "tennis", "basketball", "nba", "nfl", "nhl", "cricket",
            "rugby", "boxing", "mma", "formula1", "f1", "motogp", "baseball", "esport", "esports", "cybersport", "vidy_sporta",
            "futbol", "golf", "athletics", "worldfootball", "auto-racing", "sports-breaking"]),
        (Rubrics.Entertainment, ["entertainment", "culture", "kultura", "arts", "music", "musique", "movies", "movie", "film", "films",
            "cinema", "kino", "tv", "television", "showbiz", "show-business", "games", "gaming", "books", "theatre", "theater",
            "teatr", "muzyka", "video-games"]),
        (Rubrics.Science, ["science", "nauka", "space", "kosmos", "medicine", "meditsina"]),
        (Rubrics.NotNews, ["opinion", "opinions", "column", "columns", "columnists", "blogs", "recipes", "recepty", "horoscope",
            "horoscopes", "goroskop", "puzzles", "crosswords", "quiz", "deals", "shopping", "forbes-finds", "how-to", "howto",
            "lifehacks", "tips", "advice", "sponsored", "partner", "promo"]));

    /// <summary>The rubric of the first known section in the URL's path, or null.</summary>
    public static string? RubricOf(string? url)
    {
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
            if (RubricBySection.TryGetValue(Uri.UnescapeDataString(segments[i]), out var rubric)) return rubric;
        return null;
    }

    private static Dictionary<string, string> Build(params (string Rubric, string[] Sections)[] table)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rubric, sections) in table)
            foreach (var s in sections) map.TryAdd(s, rubric);
        return map;
    }
}
