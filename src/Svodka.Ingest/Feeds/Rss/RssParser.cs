using System.Xml.Linq;
using Svodka.Ingest.Feeds.Media;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Feeds.Rss;

/// <summary>
/// Reads RSS 0.91/0.92/2.0 into <see cref="RssChannel"/>. Items are read wherever they stand (inside channel, or
/// beside it as some 0.9x feeds have them). RDF (RSS 1.0) shares the item vocabulary and so this item reader.
/// </summary>
internal static class RssParser
{
    private static readonly XName RdfAbout = XName.Get("about", FeedNamespaces.Rdf);

    public static RssChannel Parse(FeedXmlReader reader)
    {
        var channel = new RssChannel { Base = reader.RootBase };
        foreach (var (element, parent, baseUri) in reader.Elements(name => IsCore(name, "channel")))
        {
            if (IsCore(element.Name, "item")) channel.Items.Add(ReadItem(element, baseUri));
            else if (parent.LocalName == "channel") ReadChannelElement(channel, element, baseUri);
        }
        return channel;
    }

    /// <summary>An element of RSS itself: no namespace (RSS 0.9x/2.0) or RSS 1.0's.</summary>
    public static bool IsCore(XName name, string localName) =>
        name.LocalName == localName && FeedNamespaces.Of(name) is FeedNs.None or FeedNs.Rss10;

    public static void ReadChannelElement(RssChannel channel, XElement element, Uri? baseUri)
    {
        channel.Base ??= baseUri;
        var local = element.Name.LocalName;
        switch (FeedNamespaces.Of(element.Name))
        {
            case FeedNs.None or FeedNs.Rss10:
                if (local == "title") channel.Title ??= ElementText.Of(element);
                else if (local == "link") channel.Link ??= ElementText.Of(element) ?? (string?)element.Attribute(AttributeNames.Href);
                else if (local == "language") channel.Language ??= ElementText.Of(element);
                break;
            case FeedNs.DublinCore:
                if (local == "title") channel.DcTitle ??= ElementText.Of(element);
                else if (local == "language") channel.DcLanguage ??= ElementText.Of(element);
                break;
            case FeedNs.Atom10 when local == "link" && IsAlternate(element):
                channel.AtomAlternateLink ??= (string?)element.Attribute(AttributeNames.Href);
                break;
        }
    }

    public static RssItem ReadItem(XElement item, Uri? outerBase)
    {
        var result = new RssItem
        {
            Base = XmlBase.Of(item, outerBase),
            About = (string?)item.Attribute(RdfAbout),
        };
        foreach (var element in item.Elements())
        {
            var local = element.Name.LocalName;
            switch (FeedNamespaces.Of(element.Name))
            {
                case FeedNs.None or FeedNs.Rss10:
                    ReadCoreElement(result, element, local);
                    break;
                case FeedNs.Content when local == "encoded":
                    result.ContentEncoded ??= ElementText.Of(element);
                    break;
                case FeedNs.DublinCore:
                    ReadDublinCore(result, element, local);
                    break;
                case FeedNs.Media:
                    MediaObject.TryRead(element, result.Base, result.Media);
                    break;
                case FeedNs.Yandex when local == "full-text":
                    result.YandexFullText ??= ElementText.Of(element);
                    break;
                case FeedNs.Rambler when local is "fulltext" or "full-text":
                    result.RamblerFullText ??= ElementText.Of(element);
                    break;
                case FeedNs.YandexTurbo when local == "content":
                    result.TurboContent ??= ElementText.Of(element);
                    break;
                case FeedNs.Atom10:
                    ReadAtomElement(result, element, local);
                    break;
                case FeedNs.Itunes:
                    ReadItunes(result, element, local);
                    break;
            }
        }
        return result;
    }

    private static void ReadCoreElement(RssItem item, XElement element, string local)
    {
        switch (local)
        {
            case "title": item.Title ??= ElementText.Of(element); break;
            case "link":
                if ((ElementText.Of(element) ?? (string?)element.Attribute(AttributeNames.Href)) is { } link) item.Links.Add(link);
                break;
            case "guid":
                item.Guid ??= ElementText.Of(element);
                item.GuidIsPermaLink = !string.Equals((string?)element.Attribute(AttributeNames.IsPermaLink), "false", StringComparison.OrdinalIgnoreCase);
                break;
            case "description": item.Description ??= ElementText.Of(element); break;
            case "author": item.Author ??= ElementText.Of(element); break;
            case "category":
                if (ElementText.Of(element) is { } category) item.Categories.Add(category);
                break;
            case "pubDate": item.PubDate ??= ElementText.Of(element); break;
            case "enclosure":
                if ((string?)element.Attribute(AttributeNames.Url) is { Length: > 0 } url)
                    item.Enclosures.Add(new RssEnclosure(url, (string?)element.Attribute(AttributeNames.Type), (string?)element.Attribute(AttributeNames.Length)));
                break;
        }
    }

    private static void ReadDublinCore(RssItem item, XElement element, string local)
    {
        switch (local)
        {
            case "title": item.DcTitle ??= ElementText.Of(element); break;
            case "creator" or "author": item.DcCreator ??= ElementText.Of(element); break;
            case "date": item.DcDate ??= ElementText.Of(element); break;
            case "description": item.DcDescription ??= ElementText.Of(element); break;
            case "subject":
                if (ElementText.Of(element) is { } subject) item.Categories.Add(subject);
                break;
        }
    }

    private static void ReadAtomElement(RssItem item, XElement element, string local)
    {
        switch (local)
        {
            case "link" when IsAlternate(element): item.AtomAlternateLink ??= (string?)element.Attribute(AttributeNames.Href); break;
            case "published": item.AtomPublished ??= ElementText.Of(element); break;
            case "updated": item.AtomUpdated ??= ElementText.Of(element); break;
            case "content": item.AtomContent ??= ElementText.Of(element); break;
            case "author":
                item.AtomAuthor ??= ElementText.Of(element.Elements().FirstOrDefault(e => e.Name.LocalName == "name"))
                    ?? ElementText.Of(element.Elements().FirstOrDefault(e => e.Name.LocalName == "email"));
                break;
            case "category":
                if ((((string?)element.Attribute(AttributeNames.Label)) ?? (string?)element.Attribute(AttributeNames.Term))?.Trim() is { Length: > 0 } term)
                    item.Categories.Add(term);
                break;
        }
    }

    private static void ReadItunes(RssItem item, XElement element, string local)
    {
        switch (local)
        {
            case "summary": item.ItunesSummary ??= ElementText.Of(element); break;
            case "author": item.ItunesAuthor ??= ElementText.Of(element); break;
            case "image": item.ItunesImage ??= (string?)element.Attribute(AttributeNames.Href); break;
            case "keywords":
                foreach (var keyword in (ElementText.Of(element) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    item.Categories.Add(keyword);
                break;
        }
    }

    private static bool IsAlternate(XElement link) =>
        ((string?)link.Attribute(AttributeNames.Rel) ?? "alternate") == "alternate" && (string?)link.Attribute(AttributeNames.Href) is { Length: > 0 };
}
