using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Svodka.Demo.Feeds;

namespace Svodka.Demo.Pages;

/// <summary>
/// An article's page as a news site serves it: Open Graph and JSON-LD NewsArticle in the head, the article
/// inside &lt;article&gt; (or, on some outlets, only a div with itemprop="articleBody"), and around it the
/// share bar, «Читайте также», a subscription box, comments and a sidebar that extraction must leave out.
/// </summary>
internal static class ArticlePage
{
    private static readonly JsonSerializerOptions LinkedDataJson = new()
    {
        WriteIndented = true,
        // Readable Cyrillic and "+03:00", as CMSs write it; "</" is escaped below so the script cannot be closed early.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static DemoResponse Render(DemoOutlet outlet, IReadOnlyList<DemoArticle> newestFirst, DemoArticle article, RenderContext at)
    {
        var words = PageWords.For(outlet.Language);
        var url = at.ArticleUrl(outlet, article).AbsoluteUri;
        var published = at.Published(outlet, article);
        var iso = FeedDateFormat.Rfc3339(published);

        var head = new StringBuilder();
        head.Append($"""
            <meta name="description" content="{Html.Encode(article.Lead)}">
            <link rel="canonical" href="{url}">
            <link rel="alternate" type="{outlet.Feed.MediaType}" title="{Html.Encode(outlet.Name)}" href="{at.FeedUrl(outlet).AbsoluteUri}">
            <meta property="og:type" content="article">
            <meta property="og:site_name" content="{Html.Encode(outlet.Name)}">
            <meta property="og:title" content="{Html.Encode(article.Title)}">
            <meta property="og:description" content="{Html.Encode(ArticleText.Teaser(article))}">
            <meta property="og:url" content="{url}">
            <meta property="og:locale" content="{(outlet.Language == "en" ? "en_GB" : "ru_RU")}">
            <meta property="article:published_time" content="{iso}">
            <meta property="article:section" content="{Html.Encode(article.Rubric)}">
            <meta name="twitter:card" content="summary">
            <script type="application/ld+json">
            {LinkedData(outlet, article, url, iso, at)}
            </script>
            """);

        var html = new StringBuilder();
        OutletPageLayout.Open(html, outlet, at, $"{article.Title} — {outlet.Name}", head.ToString());
        html.Append("<main>\n");
        html.Append($"<nav class=\"breadcrumbs\"><a href=\"{at.OutletUrl(outlet).AbsoluteUri}\">{Html.Encode(words.Home)}</a> › <span>{Html.Encode(article.Rubric)}</span></nav>\n");

        var byline = article.Author is null ? "" : $" · <span class=\"author\" itemprop=\"author\">{Html.Encode(article.Author)}</span>";
        var bodyParagraphs = string.Join("\n", article.Paragraphs.Select(p => $"<p>{Html.Encode(p)}</p>"));
        if (outlet.ArticleMarkup == DemoArticleMarkup.ArticleElement)
            html.Append($"""
                <article class="article" itemscope itemtype="https://schema.org/NewsArticle">
                <h1 itemprop="headline">{Html.Encode(article.Title)}</h1>
                <div class="article__meta"><time datetime="{iso}" itemprop="datePublished">{words.FormatDate(published)}</time>{byline}</div>
                <p class="lead" itemprop="description">{Html.Encode(article.Lead)}</p>
                <div class="article__body" itemprop="articleBody">
                {bodyParagraphs}
                </div>
                {Tags(article, at, outlet)}
                </article>

                """);
        else
            html.Append($"""
                <div class="news-item">
                <h1 class="news-title">{Html.Encode(article.Title)}</h1>
                <div class="news-date">{words.FormatDate(published)}{byline}</div>
                <div class="news-text" itemprop="articleBody">
                <p><strong>{Html.Encode(article.Lead)}</strong></p>
                {bodyParagraphs}
                </div>
                {Tags(article, at, outlet)}
                </div>

                """);

        html.Append($"""
            <div class="share">{Html.Encode(words.Share)} <a href="https://vk.com/share.php?url={Uri.EscapeDataString(url)}">VK</a><a href="https://connect.ok.ru/offer?url={Uri.EscapeDataString(url)}">OK</a><a href="https://t.me/share/url?url={Uri.EscapeDataString(url)}">Telegram</a></div>

            """);

        var index = newestFirst.ToList().FindIndex(a => a.Slug == article.Slug);
        var others = newestFirst.Where(a => a.Slug != article.Slug).ToList();
        if (others.Count > 0)
        {
            html.Append($"<aside class=\"related\"><h2>{Html.Encode(words.ReadAlso)}</h2>\n<ul>\n");
            for (var k = 0; k < Math.Min(3, others.Count); k++)
            {
                var related = others[(Math.Max(index, 0) + k) % others.Count];
                html.Append($"<li><a href=\"{at.ArticleUrl(outlet, related).AbsoluteUri}\">{Html.Encode(related.Title)}</a></li>\n");
            }
            html.Append("</ul></aside>\n");
        }

        html.Append($"""
            <section class="subscribe"><p>{Html.Encode(words.Subscribe)}</p><form method="post" action="{at.OutletUrl(outlet).AbsoluteUri}"><input type="email" name="email" placeholder="email@example.com"><button>{Html.Encode(words.SubscribeButton)}</button></form></section>

            """);
        AppendComments(html, article, words);
        html.Append("</main>\n");

        html.Append($"<aside class=\"sidebar\"><h2>{Html.Encode(words.Popular)}</h2>\n<ol>\n");
        foreach (var popular in others.Take(5))
            html.Append($"<li><a href=\"{at.ArticleUrl(outlet, popular).AbsoluteUri}\">{Html.Encode(popular.Title)}</a></li>\n");
        html.Append("</ol></aside>\n");

        OutletPageLayout.Close(html, outlet, at);
        return OutletPageLayout.ToResponse(html, outlet, lastModified: published);
    }

    private static string Tags(DemoArticle article, RenderContext at, DemoOutlet outlet) =>
        article.Tags.Count == 0 ? ""
            : "<div class=\"tags\">" + string.Concat(article.Tags.Select(t => $"<a href=\"{at.OutletUrl(outlet).AbsoluteUri}\" rel=\"tag\">{Html.Encode(t)}</a>")) + "</div>";

    private static void AppendComments(StringBuilder html, DemoArticle article, PageWords words)
    {
        // The same article always shows the same comments: picked by a stable hash of its slug.
        var seed = article.Slug.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & int.MaxValue;
        var count = seed % 3;
        html.Append($"<section class=\"comments\" id=\"comments\"><h2>{Html.Encode(words.Comments)} ({count})</h2>\n");
        for (var k = 0; k < count; k++)
        {
            var (name, text) = words.SampleComments[(seed / 3 + k) % words.SampleComments.Length];
            html.Append($"<div class=\"comment\"><span class=\"comment__author\">{Html.Encode(name)}</span><p>{Html.Encode(text)}</p></div>\n");
        }
        html.Append($"<p class=\"comment-form\">{Html.Encode(words.CommentPrompt)}</p></section>\n");
    }

    private static string LinkedData(DemoOutlet outlet, DemoArticle article, string url, string iso, RenderContext at)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Lead,
            ["datePublished"] = iso,
            ["dateModified"] = iso,
            ["inLanguage"] = outlet.Language,
            ["articleSection"] = article.Rubric,
            ["keywords"] = article.Tags,
            ["mainEntityOfPage"] = new Dictionary<string, string> { ["@type"] = "WebPage", ["@id"] = url },
            ["author"] = article.Author is null
                ? new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = outlet.Name }
                : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.Author },
            ["publisher"] = new Dictionary<string, string>
            {
                ["@type"] = "NewsMediaOrganization",
                ["name"] = outlet.Name,
                ["url"] = at.OutletUrl(outlet).AbsoluteUri,
            },
        };
        return JsonSerializer.Serialize(data, LinkedDataJson).Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
