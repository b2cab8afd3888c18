using Svodka.Demo.Pages;

namespace Svodka.Demo.Feeds;

/// <summary>
/// An outlet's feed as the server sends it: written in the outlet's format, given the outlet's prolog,
/// encoded in the outlet's encoding, and broken where the outlet is meant to be broken.
/// </summary>
internal static class OutletFeedRenderer
{
    public static DemoResponse Render(DemoOutlet outlet, IReadOnlyList<DemoArticle> newestFirst, RenderContext at)
    {
        var lastModified = newestFirst.Count > 0 ? at.Published(outlet, newestFirst[0]) : at.Now;
        switch (outlet.Feed.Breakage)
        {
            case DemoFeedBreakage.ServerError:
                return new DemoResponse(500, "text/html; charset=utf-8",
                    System.Text.Encoding.UTF8.GetBytes(ServerErrorPage));
            case DemoFeedBreakage.HtmlInsteadOfFeed:
                // The CMS moved its feed and the old address now answers with the home page.
                return OutletHomePage.Render(outlet, newestFirst, at, linkFeed: false);
        }

        var contentType = OutletEncoding.ContentType(outlet.Feed.MediaType, outlet);
        if (outlet.Feed.Format == DemoFeedFormat.JsonFeed11)
            return new DemoResponse(200, contentType, JsonFeedWriter.Write(outlet, newestFirst, at), lastModified);

        var xml = outlet.Feed.Format switch
        {
            DemoFeedFormat.Rss20 => Rss20FeedWriter.Write(outlet, newestFirst, at),
            DemoFeedFormat.Rss091 => Rss091FeedWriter.Write(outlet, newestFirst, at),
            DemoFeedFormat.Rdf => RdfFeedWriter.Write(outlet, newestFirst, at),
            DemoFeedFormat.Atom10 => Atom10FeedWriter.Write(outlet, newestFirst, at),
            DemoFeedFormat.Atom03 => Atom03FeedWriter.Write(outlet, newestFirst, at),
            _ => throw new InvalidOperationException($"no XML writer for {outlet.Feed.Format}"),
        };
        xml = outlet.Feed.Breakage switch
        {
            DemoFeedBreakage.TruncatedMidItem => FeedBreakage.TruncateMidItem(xml),
            DemoFeedBreakage.NbspAndControlCharacters => FeedBreakage.AddHtmlEntitiesAndControlCharacters(xml),
            _ => xml,
        };
        var prolog = outlet.Feed.CharsetInProlog
            ? $"<?xml version=\"1.0\" encoding=\"{outlet.Feed.Encoding}\"?>\n"
            : "<?xml version=\"1.0\"?>\n";
        return new DemoResponse(200, contentType, OutletEncoding.For(outlet).GetBytes(prolog + xml), lastModified);
    }

    private const string ServerErrorPage =
        "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n" +
        "<body><center><h1>500 Internal Server Error</h1></center><hr><center>nginx</center></body></html>\n";
}
