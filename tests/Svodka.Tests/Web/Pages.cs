using System.Net;
using System.Text.RegularExpressions;

namespace Svodka.Tests.Web;

/// <summary>A fetched page as a reader sees it: status, HTML, and the text with tags stripped and entities decoded.</summary>
public sealed partial record FetchedPage(HttpStatusCode Status, string Html, HttpResponseMessage Response)
{
    public string Text => WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(Html, " "), " "));

    /// <summary>The text of the element with this id and everything up to the next section heading.</summary>
    public string Section(string id)
    {
        var start = Html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0) return "";
        var end = Html.IndexOf("<h2", start + 10, StringComparison.Ordinal);
        var part = Html[start..(end < 0 ? Html.Length : end)];
        return WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(part, " "), " "));
    }

    public static async Task<FetchedPage> GetAsync(HttpClient client, string path, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        return new FetchedPage(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
