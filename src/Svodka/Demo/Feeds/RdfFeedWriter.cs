namespace Svodka.Demo.Feeds;

/// <summary>RSS 1.0 (RDF): channel with an rdf:Seq of item addresses, items beside the channel, Dublin Core dates.</summary>
internal static class RdfFeedWriter
{
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string RssNs = "http://purl.org/rss/1.0/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    public static string Write(DemoOutlet outlet, IReadOnlyList<DemoArticle> articles, RenderContext at) =>
        XmlFeedWriting.Write(w =>
        {
            w.WriteStartElement("rdf", "RDF", RdfNs);
            w.WriteAttributeString("xmlns", null, RssNs);
            w.WriteAttributeString("xmlns", "dc", null, DcNs);
            w.WriteAttributeString("xmlns", "content", null, ContentNs);

            w.WriteStartElement("channel", RssNs);
            w.WriteAttributeString("rdf", "about", RdfNs, at.FeedUrl(outlet).AbsoluteUri);
            w.WriteElementString("title", RssNs, outlet.Name);
            w.WriteElementString("link", RssNs, at.OutletUrl(outlet).AbsoluteUri);
            w.WriteElementString("description", RssNs, outlet.Description);
            w.WriteElementString("language", DcNs, outlet.Language);
            w.WriteElementString("date", DcNs, FeedDateFormat.Rfc3339(at.LocalNow(outlet)));
            w.WriteStartElement("items", RssNs);
            w.WriteStartElement("Seq", RdfNs);
            foreach (var article in articles)
            {
                w.WriteStartElement("li", RdfNs);
                w.WriteAttributeString("resource", RdfNs, at.ArticleUrl(outlet, article).AbsoluteUri);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();

            foreach (var article in articles)
            {
                var url = at.ArticleUrl(outlet, article).AbsoluteUri;
                w.WriteStartElement("item", RssNs);
                w.WriteAttributeString("about", RdfNs, url);
                w.WriteElementString("title", RssNs, article.Title);
                w.WriteElementString("link", RssNs, url);
                w.WriteElementString("description", RssNs,
                    outlet.Feed.FullText == DemoFullText.None ? ArticleText.Teaser(article) : article.Lead);
                w.WriteElementString("date", DcNs, FeedDateFormat.Rfc3339(at.Published(outlet, article)));
                w.WriteElementString("subject", DcNs, article.Rubric);
                if (article.Author is not null) w.WriteElementString("creator", DcNs, article.Author);
                if (outlet.Feed.FullText is DemoFullText.ContentEncoded or DemoFullText.Description)
                    XmlFeedWriting.WriteHtml(w, "content", "encoded", ContentNs, ArticleText.BodyHtml(article), outlet);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
}
