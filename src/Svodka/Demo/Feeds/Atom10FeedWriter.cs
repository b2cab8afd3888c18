namespace Svodka.Demo.Feeds;

/// <summary>
/// Atom 1.0. With <see cref="DemoFeedSettings.XmlBase"/> the feed sets xml:base to the outlet's folder and
/// writes every link relative to it, as some CMSs do, so readers must resolve them.
/// </summary>
internal static class Atom10FeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    public static string Write(DemoOutlet outlet, IReadOnlyList<DemoArticle> articles, RenderContext at) =>
        XmlFeedWriting.Write(w =>
        {
            var relative = outlet.Feed.XmlBase;
            string Link(Uri absolute, string relativePath) => relative ? relativePath : absolute.AbsoluteUri;

            w.WriteStartElement("feed", AtomNs);
            w.WriteAttributeString("xml", "lang", XmlNs, outlet.Language);
            if (relative) w.WriteAttributeString("xml", "base", XmlNs, at.OutletUrl(outlet).AbsoluteUri);
            w.WriteElementString("title", AtomNs, outlet.Name);
            w.WriteElementString("subtitle", AtomNs, outlet.Description);
            w.WriteElementString("id", AtomNs, $"tag:{outlet.Domain},2024:feed");
            w.WriteElementString("updated", AtomNs, FeedDateFormat.Rfc3339(at.LocalNow(outlet)));
            WriteLink(w, "alternate", "text/html", Link(at.OutletUrl(outlet), "./"));
            WriteLink(w, "self", "application/atom+xml", Link(at.FeedUrl(outlet), outlet.Feed.Path));

            foreach (var article in articles)
            {
                var published = FeedDateFormat.Rfc3339(at.Published(outlet, article));
                w.WriteStartElement("entry", AtomNs);
                w.WriteElementString("title", AtomNs, article.Title);
                WriteLink(w, "alternate", "text/html", Link(at.ArticleUrl(outlet, article), RenderContext.ArticlePath(article)));
                w.WriteElementString("id", AtomNs, $"tag:{outlet.Domain},2024:{article.Slug}");
                w.WriteElementString("published", AtomNs, published);
                w.WriteElementString("updated", AtomNs, published);
                if (article.Author is not null)
                {
                    w.WriteStartElement("author", AtomNs);
                    w.WriteElementString("name", AtomNs, article.Author);
                    w.WriteEndElement();
                }
                foreach (var term in article.Tags.Prepend(article.Rubric))
                {
                    w.WriteStartElement("category", AtomNs);
                    w.WriteAttributeString("term", term);
                    w.WriteEndElement();
                }
                w.WriteStartElement("summary", AtomNs);
                w.WriteAttributeString("type", "text");
                w.WriteString(outlet.Feed.FullText == DemoFullText.None ? ArticleText.Teaser(article) : article.Lead);
                w.WriteEndElement();
                if (outlet.Feed.FullText == DemoFullText.Content)
                {
                    w.WriteStartElement("content", AtomNs);
                    w.WriteAttributeString("type", "html");
                    w.WriteString(ArticleText.BodyHtml(article));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });

    private static void WriteLink(System.Xml.XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link", AtomNs);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
