namespace Svodka.Demo.Feeds;

/// <summary>
/// Atom 0.3, the pre-standard draft some old blogs and CMSs never left: its own namespace, version="0.3",
/// tagline, modified/issued dates and escaped-mode content.
/// </summary>
internal static class Atom03FeedWriter
{
    private const string Atom03Ns = "http://purl.org/atom/ns#";

    public static string Write(DemoOutlet outlet, IReadOnlyList<DemoArticle> articles, RenderContext at) =>
        XmlFeedWriting.Write(w =>
        {
            w.WriteStartElement("feed", Atom03Ns);
            w.WriteAttributeString("version", "0.3");
            w.WriteAttributeString("xml", "lang", null, outlet.Language);
            w.WriteElementString("title", Atom03Ns, outlet.Name);
            WriteLink(w, at.OutletUrl(outlet).AbsoluteUri);
            w.WriteElementString("tagline", Atom03Ns, outlet.Description);
            w.WriteElementString("id", Atom03Ns, $"tag:{outlet.Domain},2024:feed");
            w.WriteElementString("modified", Atom03Ns, FeedDateFormat.Rfc3339(at.LocalNow(outlet)));

            foreach (var article in articles)
            {
                var published = FeedDateFormat.Rfc3339(at.Published(outlet, article));
                w.WriteStartElement("entry", Atom03Ns);
                w.WriteElementString("title", Atom03Ns, article.Title);
                WriteLink(w, at.ArticleUrl(outlet, article).AbsoluteUri);
                w.WriteElementString("id", Atom03Ns, $"tag:{outlet.Domain},2024:{article.Slug}");
                w.WriteElementString("issued", Atom03Ns, published);
                w.WriteElementString("modified", Atom03Ns, published);
                if (article.Author is not null)
                {
                    w.WriteStartElement("author", Atom03Ns);
                    w.WriteElementString("name", Atom03Ns, article.Author);
                    w.WriteEndElement();
                }
                w.WriteStartElement("summary", Atom03Ns);
                w.WriteAttributeString("type", "text/plain");
                w.WriteString(outlet.Feed.FullText == DemoFullText.None ? ArticleText.Teaser(article) : article.Lead);
                w.WriteEndElement();
                if (outlet.Feed.FullText == DemoFullText.Content)
                {
                    w.WriteStartElement("content", Atom03Ns);
                    w.WriteAttributeString("type", "text/html");
                    w.WriteAttributeString("mode", "escaped");
                    w.WriteString(ArticleText.BodyHtml(article));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });

    private static void WriteLink(System.Xml.XmlWriter w, string href)
    {
        w.WriteStartElement("link", Atom03Ns);
        w.WriteAttributeString("rel", "alternate");
        w.WriteAttributeString("type", "text/html");
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
