using System.Xml.Linq;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Feeds.Media;

/// <summary>A media:content or media:thumbnail (Media RSS), found directly in an item or inside media:group.</summary>
internal sealed record MediaObject(string Url, string? Type, string? Medium, bool IsThumbnail)
{
    public bool IsImage =>
        IsThumbnail || Medium == "image" || (Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Adds the media objects an element of an item stands for; false when it is no Media RSS element.</summary>
    public static bool TryRead(XElement element, Uri? baseUri, List<MediaObject> into) => TryRead(element, baseUri, into, depth: 0);

    // media:group holds media:content which may hold media:thumbnail: three levels; hostile feeds nest deeper.
    private static bool TryRead(XElement element, Uri? baseUri, List<MediaObject> into, int depth)
    {
        if (FeedNamespaces.Of(element.Name) != FeedNs.Media) return false;
        if (depth > 4) return true;
        switch (element.Name.LocalName)
        {
            case "group":
                foreach (var child in element.Elements()) TryRead(child, baseUri, into, depth + 1);
                return true;
            case "content" or "thumbnail":
                var url = FeedUrls.Resolve(XmlBase.Of(element, baseUri), (string?)element.Attribute(AttributeNames.Url));
                if (url is not null)
                    into.Add(new MediaObject(url, (string?)element.Attribute(AttributeNames.Type), (string?)element.Attribute(AttributeNames.Medium),
                        element.Name.LocalName == "thumbnail"));
                // media:content may hold its own media:thumbnail (a video's poster frame).
                foreach (var child in element.Elements()) TryRead(child, baseUri, into, depth + 1);
                return true;
            default:
                return true;
        }
    }

    /// <summary>The lead image: a thumbnail first (a video's poster counts), then image content.</summary>
    public static string? LeadImage(IEnumerable<MediaObject> media)
    {
        string? firstImage = null;
        foreach (var m in media)
        {
            if (m.IsThumbnail) return m.Url;
            if (m.IsImage) firstImage ??= m.Url;
        }
        return firstImage;
    }
}
