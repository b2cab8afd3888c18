namespace Svodka.Core.Classify;

/// <summary>
/// The rubric a publisher gave an article by filing it under a URL section (/sport/, /economy/, /kultura/ …),
/// for Russian and English publishers. The first path segment (left to right, the last segment, the slug,
/// excluded) that the table knows decides: "/news/sport/…" is sports, "/sport/football/…" is sports.
/// Sections that say where rather than what (/world/ aside: a world desk is politics and conflicts), and
/// sections whose articles the contest labels both ways (lifestyle, celebrity, health-and-beauty), are not in
/// the table: a weak label should be wrong rarely, even at the cost of fewer labels.
/// A URL with no known section falls back to the publisher itself where the whole site is one section
/// (a football site, a phone-review site, a science-news site): the host is the section then.
/// Read twice: as a weak label for training (<see cref="Sources.TgnewsWeakLabels"/>), and as a hint when an article
/// with a known address is classified (<see cref="ArticleClassifier.Classify"/>, weighed by the model file).
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

    /// <summary>Sites that publish one rubric only, by host without "www.".</summary>
    private static readonly Dictionary<string, string> RubricBySite = Build(
        (Rubrics.Sports, ["besoccer.com", "allhockey.ru", "euro-football.ru", "news.sportbox.ru", "sportbox.ru", "championat.com",
            "championat.asia", "sport-express.ru", "sports.ru", "f1news.ru", "cybersport.ru", "rugger.info", "autosport.com",
            "motogp.com", "ghanasoccernet.com", "soccerladuma.co.za", "slamonline.com", "nhra.com", "gpblog.com", "bookmaker-ratings.com.ua",
            "sport24.co.za", "skysports.com", "espn.com"]),
        (Rubrics.Technology, ["gsmarena.com", "overclockers.ua", "overclockers.ru", "3dtoday.ru", "hi-tech.ua", "theverge.com",
            "androidcentral.com", "androidpolice.com", "androidheadlines.com", "9to5mac.com", "9to5google.com", "arstechnica.com",
            "gizmodo.co.uk", "news.drom.ru", "car.ru", "mybroadband.co.za", "dgl.ru", "calcalistech.com", "ixbt.com", "3dnews.ru",
            "trustedreviews.com", "hothardware.com", "mobilesyrup.com", "gaadiwaadi.com", "searchengines.ru", "habr.com", "cnews.ru"]),
        (Rubrics.Entertainment, ["pcgamer.com", "destructoid.com", "gamasutra.com", "allkpop.com", "nme.com", "officialcharts.com",
            "newxboxone.ru", "mirf.ru", "the-flow.ru", "kinopoisk.ru", "artforum.com", "kanobu.ru", "igromania.ru", "stopgame.ru",
            "dtf.ru", "kotaku.com", "polygon.com", "variety.com", "hollywoodreporter.com", "tvkultura.ru"]),
        (Rubrics.Science, ["sciencedaily.com", "spacedaily.com", "sciencealert.com", "sci-news.com", "technologynetworks.com",
            "medikforum.ru", "nplus1.ru", "naked-science.ru", "indicator.ru", "phys.org", "livescience.com", "newscientist.com"]),
        (Rubrics.Economy, ["moneycontrol.com", "investing.com", "theedgemarkets.com", "business-standard.com", "kontrakty.ua",
            "businesstimes.com.sg", "cointelegraph.com", "oreanda.ru", "kapital-rus.ru", "epravda.com.ua", "bloomberg.com",
            "ft.com", "cnbc.com", "vedomosti.ru", "banki.ru", "finanz.ru", "1prime.ru"]),
        (Rubrics.NotNews, ["psychologytoday.com", "thriveglobal.com", "sdelaysam-svoimirukami.ru", "lifehacker.ru", "lifehacker.com"]));

    /// <summary>The rubric of the first known section in the URL's path, else of a single-rubric site, or null.</summary>
    public static string? RubricOf(string? url)
    {
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
            if (RubricBySection.TryGetValue(Uri.UnescapeDataString(segments[i]), out var rubric)) return rubric;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return RubricBySite.GetValueOrDefault(host);
    }

    private static Dictionary<string, string> Build(params (string Rubric, string[] Sections)[] table)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rubric, sections) in table)
            foreach (var s in sections) map.TryAdd(s, rubric);
        return map;
    }
}
