using System.Text;

namespace Svodka.Demo.Pages;

/// <summary>
/// The parts every page of an outlet shares: head, cookie banner, site header with navigation, footer. They
/// are the noise around an article that the extraction stage has to see past.
/// </summary>
internal static class OutletPageLayout
{
    private const string Style = """
        <style>
        body{font-family:Georgia,serif;margin:0;color:#222} .site-header{background:#1d3557;color:#fff;padding:12px 24px}
        .site-header a{color:#fff;text-decoration:none} .logo{font-size:26px;font-weight:bold} .domain{opacity:.7;margin-left:8px}
        .menu a{margin-right:14px} main{max-width:760px;margin:24px auto;padding:0 16px} .lead{font-size:1.15em;font-weight:bold}
        .cookie-banner{background:#ffe8a3;padding:8px 24px;font-size:13px} footer{background:#eee;padding:16px 24px;font-size:13px}
        .share a,.tags a{margin-right:10px} .subscribe{background:#f1faee;padding:12px;margin:24px 0}
        </style>
        """;

    public static void Open(StringBuilder html, DemoOutlet outlet, RenderContext at, string title, string extraHead)
    {
        var words = PageWords.For(outlet.Language);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{outlet.Language}">
            <head>
            <meta charset="{outlet.Feed.Encoding}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)}</title>
            {extraHead}
            {Style}
            </head>
            <body>
            <div class="cookie-banner" id="cookie-consent">{Html.Encode(words.Cookies)} <button type="button">{Html.Encode(words.CookiesButton)}</button></div>
            <header class="site-header">
            <a class="logo" href="{at.OutletUrl(outlet).AbsoluteUri}">{Html.Encode(outlet.Name)}</a><span class="domain">{Html.Encode(outlet.Domain)}</span>
            <nav class="menu" aria-label="main">
            <a href="{at.OutletUrl(outlet).AbsoluteUri}">{Html.Encode(words.Home)}</a>
            """);
        html.Append('\n');
        foreach (var section in words.Sections)
            html.Append($"<a href=\"{at.OutletUrl(outlet).AbsoluteUri}\">{Html.Encode(section)}</a>\n");
        html.Append($"""
            </nav>
            <form class="search" action="{at.OutletUrl(outlet).AbsoluteUri}" method="get"><input type="search" name="q" placeholder="{Html.Encode(words.Search)}"></form>
            </header>

            """);
    }

    public static void Close(StringBuilder html, DemoOutlet outlet, RenderContext at)
    {
        var words = PageWords.For(outlet.Language);
        html.Append($"""
            <footer class="site-footer">
            <p><a href="{at.OutletUrl(outlet).AbsoluteUri}">{Html.Encode(words.About)}</a> · <a href="{at.OutletUrl(outlet).AbsoluteUri}">{Html.Encode(words.Advertising)}</a> · <a href="{at.OutletUrl(outlet).AbsoluteUri}">{Html.Encode(words.Contacts)}</a> · <a href="{at.FeedUrl(outlet).AbsoluteUri}">RSS</a></p>
            <p>© {at.LocalNow(outlet).Year} {Html.Encode(outlet.Name)} ({Html.Encode(outlet.Domain)}). {Html.Encode(words.Rights)}</p>
            </footer>
            </body>
            </html>

            """);
    }

    public static DemoResponse ToResponse(StringBuilder html, DemoOutlet outlet, int status = 200, DateTimeOffset? lastModified = null) =>
        new(status, OutletEncoding.ContentType("text/html", outlet), OutletEncoding.For(outlet).GetBytes(html.ToString()), lastModified);
}
