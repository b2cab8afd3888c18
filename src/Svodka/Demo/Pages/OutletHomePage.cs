using System.Text;

namespace Svodka.Demo.Pages;

/// <summary>An outlet's front page: its latest headlines with teasers, linking to the article pages.</summary>
internal static class OutletHomePage
{
    /// <param name="linkFeed">Whether the head advertises the feed (&lt;link rel="alternate"&gt;); off where this page
    /// stands in for a feed that moved, so that discovery does not go round in a circle.</param>
    public static DemoResponse Render(DemoOutlet outlet, IReadOnlyList<DemoArticle> newestFirst, RenderContext at, bool linkFeed = true)
    {
        var words = PageWords.For(outlet.Language);
        var head = $"<meta name=\"description\" content=\"{Html.Encode(outlet.Description)}\">\n" +
                   (linkFeed ? $"<link rel=\"alternate\" type=\"{outlet.Feed.MediaType}\" title=\"{Html.Encode(outlet.Name)}\" href=\"{at.FeedUrl(outlet).AbsoluteUri}\">\n" : "");
        var html = new StringBuilder();
        OutletPageLayout.Open(html, outlet, at, $"{outlet.Name} — {outlet.Description}", head);
        html.Append($"<main>\n<h1>{Html.Encode(words.Latest)}</h1>\n<ul class=\"news-list\">\n");
        foreach (var article in newestFirst)
            html.Append($"""
                <li><time datetime="{Feeds.FeedDateFormat.Rfc3339(at.Published(outlet, article))}">{words.FormatDate(at.Published(outlet, article))}</time>
                <a href="{at.ArticleUrl(outlet, article).AbsoluteUri}">{Html.Encode(article.Title)}</a>
                <p>{Html.Encode(ArticleText.Teaser(article))}</p></li>

                """);
        html.Append("</ul>\n</main>\n");
        OutletPageLayout.Close(html, outlet, at);
        return OutletPageLayout.ToResponse(html, outlet, lastModified: newestFirst.Count > 0 ? at.Published(outlet, newestFirst[0]) : null);
    }
}
