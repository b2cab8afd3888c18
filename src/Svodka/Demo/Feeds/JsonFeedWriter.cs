using System.Text.Encodings.Web;
using System.Text.Json;

namespace Svodka.Demo.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1), always UTF-8.</summary>
internal static class JsonFeedWriter
{
    public static byte[] Write(DemoOutlet outlet, IReadOnlyList<DemoArticle> articles, RenderContext at)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   // Cyrillic and "+03:00" stay readable; the feed is served as JSON, never inlined into HTML.
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", outlet.Name);
            w.WriteString("home_page_url", at.OutletUrl(outlet).AbsoluteUri);
            w.WriteString("feed_url", at.FeedUrl(outlet).AbsoluteUri);
            w.WriteString("description", outlet.Description);
            w.WriteString("language", outlet.Language);
            w.WriteStartArray("items");
            foreach (var article in articles)
            {
                var url = at.ArticleUrl(outlet, article).AbsoluteUri;
                w.WriteStartObject();
                w.WriteString("id", url);
                w.WriteString("url", url);
                w.WriteString("title", article.Title);
                w.WriteString("summary", outlet.Feed.FullText == DemoFullText.None ? ArticleText.Teaser(article) : article.Lead);
                if (outlet.Feed.FullText == DemoFullText.Content) w.WriteString("content_html", ArticleText.BodyHtml(article));
                else w.WriteString("content_text", ArticleText.Teaser(article));
                w.WriteString("date_published", FeedDateFormat.Rfc3339(at.Published(outlet, article)));
                if (article.Author is not null)
                {
                    w.WriteStartArray("authors");
                    w.WriteStartObject();
                    w.WriteString("name", article.Author);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                w.WriteStartArray("tags");
                w.WriteStringValue(article.Rubric);
                foreach (var tag in article.Tags) w.WriteStringValue(tag);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }
}
