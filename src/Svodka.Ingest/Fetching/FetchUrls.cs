namespace Svodka.Ingest.Fetching;

/// <summary>Which URLs a fetch may start from or be redirected to: absolute http and https only.</summary>
internal static class FetchUrls
{
    public static Uri RequireHttp(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Check(url, blamed: url, what: "");
    }

    /// <summary>The Location of a redirect, resolved against the URL that answered it.</summary>
    public static Uri RedirectTarget(HttpResponseMessage response, Uri url, int status)
    {
        // Raw text: the typed Location parser rejects the raw UTF-8 paths Russian sites send.
        var location = response.Headers.NonValidated.TryGetValues("Location", out var values)
            ? values.FirstOrDefault()?.Trim()
            : null;
        if (string.IsNullOrEmpty(location) || !Uri.TryCreate(url, location, out var target))
            throw new FetchException(FetchFailure.HttpStatus, url,
                $"{FetchMessages.Status(status, null)} without a usable Location", status);
        return Check(target, blamed: url, what: "redirect to ");
    }

    private static Uri Check(Uri target, Uri blamed, string what)
    {
        if (!target.IsAbsoluteUri)
            throw new FetchException(FetchFailure.InvalidUrl, blamed, $"{what}{Shorten(target.OriginalString)} is not an absolute URL");
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
            throw new FetchException(FetchFailure.InvalidUrl, blamed,
                $"refused: {what}a {target.Scheme}: URL (only http and https are fetched)");
        if (string.IsNullOrEmpty(target.Host))
            throw new FetchException(FetchFailure.InvalidUrl, blamed, $"{what}{Shorten(target.OriginalString)} has no host");
        return target;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
