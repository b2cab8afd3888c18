using System.Xml.Linq;
using Svodka.Ingest.Feeds.Media;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Feeds.Atom;

/// <summary>Reads Atom 1.0 and 0.3 into <see cref="AtomFeed"/>, resolving links against xml:base as it goes.</summary>
internal static class AtomParser
{
    public static AtomFeed Parse(FeedXmlReader reader)
    {
        var version = FeedNamespaces.Of(reader.RootName) == FeedNs.Atom03 ? "0.3"
            : reader.RootAttributes.GetValueOrDefault("version") ?? "1.0";
        var feed = new AtomFeed
        {
            Version = version,
            Base = reader.RootBase,
            Language = reader.RootAttributes.GetValueOrDefault(XNamespace.Xml + "lang"),
        };
        foreach (var (element, _, baseUri) in reader.Elements(static _ => false))
        {
            if (!IsAtom(element.Name)) continue;
            switch (element.Name.LocalName)
            {
                case "entry": feed.Entries.Add(ReadEntry(element, baseUri)); break;
                case "title": feed.Title ??= AtomTextReader.Read(element, baseUri); break;
                case "link": AddLink(feed.Links, element, baseUri); break;
                case "author": feed.AuthorName ??= PersonName(element); break;
            }
        }
        return feed;
    }

    private static AtomEntry ReadEntry(XElement entry, Uri? outerBase)
    {
        var result = new AtomEntry { Base = XmlBase.Of(entry, outerBase) };
        foreach (var element in entry.Elements())
        {
            if (MediaObject.TryRead(element, result.Base, result.Media) || !IsAtom(element.Name)) continue;
            switch (element.Name.LocalName)
            {
                case "id": result.Id ??= ElementText.Of(element); break;
                case "title": result.Title ??= AtomTextReader.Read(element, result.Base); break;
                case "link": AddLink(result.Links, element, result.Base); break;
                case "published": result.Published ??= ElementText.Of(element); break;
                case "issued": result.Issued ??= ElementText.Of(element); break;
                case "updated": result.Updated ??= ElementText.Of(element); break;
                case "modified": result.Modified ??= ElementText.Of(element); break;
                case "created": result.Created ??= ElementText.Of(element); break;
                case "author": result.AuthorName ??= PersonName(element); break;
                case "category":
                    // The label is for people; the term is a machine name, for when there is no label.
                    if ((((string?)element.Attribute(AttributeNames.Label)) ?? ((string?)element.Attribute(AttributeNames.Term)) ?? ElementText.Of(element)) is { } term)
                        result.Categories.Add(term);
                    break;
                case "summary": result.Summary ??= AtomTextReader.Read(element, result.Base); break;
                case "content": result.Content ??= ReadContent(element, result.Base); break;
            }
        }
        return result;
    }

    // Content with src points elsewhere: there is no content in the feed to keep.
    private static AtomText? ReadContent(XElement element, Uri? baseUri) =>
        element.Attribute(AttributeNames.Src) is not null && !element.Nodes().Any() ? null : AtomTextReader.Read(element, baseUri);

    private static void AddLink(List<AtomLink> links, XElement element, Uri? outerBase)
    {
        var href = (string?)element.Attribute(AttributeNames.Href) ?? ElementText.Of(element);
        if (string.IsNullOrWhiteSpace(href)) return;
        var resolved = FeedUrls.Resolve(XmlBase.Of(element, outerBase), href)!;
        var rel = ((string?)element.Attribute(AttributeNames.Rel))?.Trim() ?? "alternate";
        links.Add(new AtomLink(resolved, rel, (string?)element.Attribute(AttributeNames.Type), (string?)element.Attribute(AttributeNames.Length)));
    }

    private static string? PersonName(XElement person) =>
        ElementText.Of(Child(person, "name")) ?? ElementText.Of(Child(person, "email"));

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    // Atom documents that lost their namespace declaration are still Atom.
    private static bool IsAtom(XName name) => FeedNamespaces.Of(name) is FeedNs.Atom10 or FeedNs.Atom03 or FeedNs.None;
}
