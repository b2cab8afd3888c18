using Svodka.Ingest.Feeds.Rss;
using Svodka.Ingest.Feeds.Xml;

namespace Svodka.Ingest.Feeds.Rdf;

/// <summary>
/// Reads RSS 1.0 / 0.90 (an rdf:RDF document). Only the structure differs from RSS 2.0: channel and items are
/// siblings, and an item's identity is its rdf:about. The elements are RSS's, so the RSS model and adapter serve.
/// </summary>
internal static class RdfParser
{
    public static RssChannel Parse(FeedXmlReader reader)
    {
        var channel = new RssChannel { Base = reader.RootBase };
        foreach (var (element, _, baseUri) in reader.Elements(static _ => false))
        {
            if (RssParser.IsCore(element.Name, "item"))
                channel.Items.Add(RssParser.ReadItem(element, baseUri));
            else if (RssParser.IsCore(element.Name, "channel"))
                foreach (var child in element.Elements())
                    RssParser.ReadChannelElement(channel, child, XmlBase.Of(element, baseUri));
        }
        return channel;
    }
}
