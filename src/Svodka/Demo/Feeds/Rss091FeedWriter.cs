namespace Svodka.Demo.Feeds;

/// <summary>
/// RSS 0.91 as small CMSs still write it: no namespaces, no guid, HTML escaped inside description. The spec
/// has no item dates; like most 0.91 feeds in the wild this one adds pubDate anyway.
/// </summary>
internal static class Rss091FeedWriter
{
    public static string Write(DemoOutlet outlet, IReadOnlyList<DemoArticle> articles, RenderContext at) =>
        XmlFeedWriting.Write(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "0.91");
            w.WriteStartElement("channel");
            w.WriteElementString("title", outlet.Name);
            w.WriteElementString("link", at.OutletUrl(outlet).AbsoluteUri);
            w.WriteElementString("description", outlet.Description);
            w.WriteElementString("language", outlet.Language);
            w.WriteElementString("pubDate", FeedDateFormat.Rfc822(at.LocalNow(outlet)));
            foreach (var article in articles)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", article.Title);
                w.WriteElementString("link", at.ArticleUrl(outlet, article).AbsoluteUri);
                if (outlet.Feed.FullText == DemoFullText.Description)
                    XmlFeedWriting.WriteHtml(w, "", "description", null,
                        $"<p>{Html.Encode(article.Lead)}</p>\n{ArticleText.BodyHtml(article)}", outlet);
                else
                    w.WriteElementString("description", ArticleText.Teaser(article));
                w.WriteElementString("pubDate", FeedDateFormat.Rfc822(at.Published(outlet, article)));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        });
}
