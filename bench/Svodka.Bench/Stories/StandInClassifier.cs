using Svodka.Core.Tgnews;

namespace Svodka.Bench.Stories;

/// <summary>
/// A keyword stand-in for the news/rubric classifier (which another branch builds), so the tgnews benchmark
/// exercises the same path the real one will: a cheap look at the title and the start of the text. Not a
/// classifier to judge categories by.
/// </summary>
internal static class StandInClassifier
{
    private static readonly (string Category, string[] Stems)[] Keywords =
    [
        ("sports", ["матч", "футбол", "хокке", "теннис", "чемпионат", "турнир", "сборн", "гол", "match", "football", "league", "cup", "tennis", "nba", "nhl", "goal", "coach", "season"]),
        ("economy", ["эконом", "рубл", "доллар", "банк", "нефт", "бирж", "акци", "инфляц", "бюджет", "market", "bank", "stock", "econom", "oil", "price", "shares", "inflation", "budget"]),
        ("technology", ["смартфон", "iphone", "android", "google", "apple", "microsoft", "интернет", "приложени", "software", "app", "robot", "tech", "samsung", "xbox"]),
        ("science", ["учен", "исследован", "космос", "наса", "nasa", "scientist", "study", "research", "space", "planet", "астроном"]),
        ("entertainment", ["фильм", "сериал", "актер", "актрис", "певиц", "певец", "концерт", "film", "movie", "music", "album", "actor", "actress", "singer", "show", "star"]),
        ("society", ["суд", "полиц", "власт", "президент", "министр", "депутат", "закон", "дтп", "court", "police", "government", "minister", "election", "law", "president", "crash"]),
    ];

    private static readonly string[] NotNews = ["рецепт", "как приготовить", "гороскоп", "how to", "recipe", "horoscope", "best deals", "top 10"];

    public static bool IsNews(ContestPage page, string language)
    {
        var title = page.Title.ToLowerInvariant();
        if (NotNews.Any(n => title.Contains(n, StringComparison.Ordinal))) return false;
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && page.Text.Length + page.Description.Length >= 150;
    }

    public static string Category(ContestPage page, string language)
    {
        var head = (page.Title + " " + page.Title + " " + (page.Text.Length > 400 ? page.Text[..400] : page.Text)).ToLowerInvariant();
        var best = "other";
        var bestHits = 0;
        foreach (var (category, stems) in Keywords)
        {
            var hits = stems.Count(s => head.Contains(s, StringComparison.Ordinal));
            if (hits > bestHits)
            {
                best = category;
                bestHits = hits;
            }
        }
        return best;
    }
}
