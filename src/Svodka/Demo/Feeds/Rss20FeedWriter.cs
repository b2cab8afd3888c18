using System.Xml;

namespace Svodka.Demo.Feeds;

/// <summary>RSS 2.0, with the full text in description, content:encoded or yandex:full-text, or a teaser only.</summary>
internal static class Rss20FeedWriter
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string YandexNs = "http://news.yandex.ru";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static string Write(DemoOutlet outlet, IReadOnlyList<DemoArticle> articles, RenderContext at) =>
        XmlFeedWriting.Write(w =>
        {
            var fullText = outlet.Feed.FullText;
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, AtomNs);
            w.WriteAttributeString("xmlns", "dc", null, DcNs);
            if (fullText == DemoFullText.ContentEncoded) w.WriteAttributeString("xmlns", "content", null, ContentNs);
            if (fullText == DemoFullText.YandexFullText) w.WriteAttributeString("xmlns", "yandex", null, YandexNs);

            w.WriteStartElement("channel");
            w.WriteElementString("title", outlet.Name);
            w.WriteElementString("link", at.OutletUrl(outlet).AbsoluteUri);
            w.WriteElementString("description", outlet.Description);
            w.WriteElementString("language", outlet.Language);
            w.WriteElementString("lastBuildDate", FeedDateFormat.Rfc822(at.LocalNow(outlet)));
            w.WriteElementString("ttl", "15");
            w.WriteStartElement("atom", "link", AtomNs);
            w.WriteAttributeString("href", at.FeedUrl(outlet).AbsoluteUri);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();

            foreach (var article in articles)
            {
                var url = at.ArticleUrl(outlet, article).AbsoluteUri;
                w.WriteStartElement("item");
                w.WriteElementString("title", article.Title);
                w.WriteElementString("link", url);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(url);
                w.WriteEndElement();
                w.WriteElementString("pubDate", FeedDateFormat.Rfc822(at.Published(outlet, article)));
                w.WriteElementString("category", article.Rubric);
                foreach (var tag in article.Tags) w.WriteElementString("category", tag);
                if (article.Author is not null) w.WriteElementString("creator", DcNs, article.Author);

                switch (fullText)
                {
                    case DemoFullText.None:
                        w.WriteElementString("description", ArticleText.Teaser(article));
                        break;
                    case DemoFullText.Description:
                        XmlFeedWriting.WriteHtml(w, "", "description", null,
                            $"<p><b>{Html.Encode(article.Lead)}</b></p>\n{ArticleText.BodyHtml(article)}", outlet);
                        break;
                    case DemoFullText.ContentEncoded:
                        w.WriteElementString("description", article.Lead);
                        XmlFeedWriting.WriteHtml(w, "content", "encoded", ContentNs, ArticleText.BodyHtml(article), outlet);
                        break;
                    case DemoFullText.YandexFullText:
                        w.WriteElementString("description", article.Lead);
                        w.WriteElementString("yandex", "genre", YandexNs, "message");
                        w.WriteElementString("yandex", "full-text", YandexNs, ArticleText.BodyPlain(article));
                        break;
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        });
}
