using System.Xml.Linq;

namespace Svodka.Ingest.Feeds.Xml;

/// <summary>Attribute names the readers look up per item; a string would be atomised into an XName on every call.</summary>
internal static class AttributeNames
{
    public static readonly XName Url = "url", Type = "type", Length = "length", Href = "href", Rel = "rel",
        Medium = "medium", IsPermaLink = "isPermaLink", Label = "label", Term = "term", Src = "src", Mode = "mode";
}
