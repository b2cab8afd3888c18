using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Svodka.Tests.Web;

namespace Svodka.Tests.Operate;

/// <summary>
/// A client that keeps cookies and does not follow redirects, as a browser's form round trip needs: GET the form,
/// take its antiforgery field, POST it back.
/// </summary>
public sealed partial class FormBrowser : IDisposable
{
    private readonly HttpClient client;

    public FormBrowser(PortalHost host, string site = "svodka.local")
    {
        client = new HttpClient(new CookieJar { InnerHandler = host.App.GetTestServer().CreateHandler() })
        {
            BaseAddress = new Uri($"http://{site}/"),
        };
    }

    public Task<FetchedPage> GetAsync(string path) => FetchedPage.GetAsync(client, path);

    /// <summary>Posts the fields with the token of the form on <paramref name="formPage"/> (none when it is null).</summary>
    public async Task<FetchedPage> PostAsync(string path, FetchedPage? formPage, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.ToList();
        if (formPage is not null) all.Add(Token(formPage.Html));
        var response = await client.PostAsync(path, new FormUrlEncodedContent(all));
        return new FetchedPage(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>Fetches the form at <paramref name="formPath"/>, then posts to <paramref name="path"/> with its token.</summary>
    public async Task<FetchedPage> SubmitAsync(string formPath, string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        await PostAsync(path, await GetAsync(formPath), fields);

    public static KeyValuePair<string, string> Token(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "the page has no antiforgery field");
        return new(match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    public async Task<FetchedPage> LogInAsync(string name, string password) =>
        await SubmitAsync("/admin/login", "/admin/login", [new("name", name), new("password", password), new("returnUrl", "/admin")]);

    public void Dispose() => client.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"(__form)\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();

    private sealed class CookieJar : DelegatingHandler
    {
        private readonly CookieContainer cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
                foreach (var value in values) cookies.SetCookies(request.RequestUri!, value);
            return response;
        }
    }
}
