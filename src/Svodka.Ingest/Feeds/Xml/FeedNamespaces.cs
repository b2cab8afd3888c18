using System.Xml.Linq;

namespace Svodka.Ingest.Feeds.Xml;

/// <summary>The vocabularies feeds mix in, recognised however loosely a feed spells their namespace.</summary>
internal enum FeedNs { None, Other, Rss10, Rdf, Atom10, Atom03, Content, DublinCore, Media, Yandex, YandexTurbo, Rambler, Itunes }

internal static class FeedNamespaces
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string Yandex = "http://news.yandex.ru";
    public const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    /// <summary>Yandex Turbo pages: many Russian sites publish a turbo feed with the article in turbo:content.</summary>
    public const string YandexTurbo = "http://turbo.yandex.ru";
    /// <summary>Rambler's news export: rambler:fulltext, the same role as yandex:full-text.</summary>
    public const string Rambler = "http://news.rambler.ru";

    // The reader declares a prefix the feed used without declaring it; its namespace then names the prefix.
    public const string UndeclaredPrefix = "urn:x-svodka:undeclared:";

    /// <summary>The namespace a prefix conventionally stands for, used when a feed forgets to declare it.</summary>
    public static string ForUndeclaredPrefix(string prefix) => prefix switch
    {
        "rdf" => Rdf,
        "atom" or "atom10" => Atom10,
        "content" => Content,
        "dc" => DublinCore,
        "media" => Media,
        "yandex" => Yandex,
        "itunes" => Itunes,
        "turbo" => YandexTurbo,
        "rambler" => Rambler,
        _ => UndeclaredPrefix + prefix,
    };

    private static readonly Dictionary<string, FeedNs> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [Trim(Rdf)] = FeedNs.Rdf,
        [Trim(Rss10)] = FeedNs.Rss10,
        ["http://my.netscape.com/rdf/simple/0.9"] = FeedNs.Rss10,
        [Trim(Atom10)] = FeedNs.Atom10,
        [Trim(Atom03)] = FeedNs.Atom03,
        [Trim(Content)] = FeedNs.Content,
        [Trim(DublinCore)] = FeedNs.DublinCore,
        ["http://purl.org/dc/terms"] = FeedNs.DublinCore,
        [Trim(Media)] = FeedNs.Media,
        ["http://search.yahoo.com/mrss/rss"] = FeedNs.Media,
        [Trim(Yandex)] = FeedNs.Yandex,
        ["https://news.yandex.ru"] = FeedNs.Yandex,
        [Trim(Itunes)] = FeedNs.Itunes,
        [Trim(YandexTurbo)] = FeedNs.YandexTurbo,
        ["https://turbo.yandex.ru"] = FeedNs.YandexTurbo,
        [Trim(Rambler)] = FeedNs.Rambler,
        ["https://news.rambler.ru"] = FeedNs.Rambler,
        [UndeclaredPrefix + "media"] = FeedNs.Media,
        [UndeclaredPrefix + "dc"] = FeedNs.DublinCore,
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<XNamespace, FeedNs> Cache = new();

    public static FeedNs Of(XName name) => Of(name.Namespace);

    // XNamespace instances are atomised: while these fields hold them, a feed's namespace of the same name is the
    // same object, so the common case is a reference comparison, not a hash of the URI.
    private static readonly XNamespace ContentNs = Content, DublinCoreNs = DublinCore, MediaNs = Media, Atom10Ns = Atom10,
        YandexNs = Yandex, RdfNs = Rdf, Rss10Ns = Rss10;

    public static FeedNs Of(XNamespace ns)
    {
        if (ns == XNamespace.None) return FeedNs.None;
        if (ns == ContentNs) return FeedNs.Content;
        if (ns == DublinCoreNs) return FeedNs.DublinCore;
        if (ns == MediaNs) return FeedNs.Media;
        if (ns == Atom10Ns) return FeedNs.Atom10;
        if (ns == YandexNs) return FeedNs.Yandex;
        if (ns == RdfNs) return FeedNs.Rdf;
        if (ns == Rss10Ns) return FeedNs.Rss10;
        if (Cache.TryGetValue(ns, out var known)) return known;
        var kind = Known.GetValueOrDefault(Trim(ns.NamespaceName), FeedNs.Other);
        // Namespaces come from hostile input: keep the cache from growing without bound.
        if (Cache.Count < 1024) Cache[ns] = kind;
        return kind;
    }

    private static string Trim(string uri) => uri.Trim().TrimEnd('/', '#');
}
