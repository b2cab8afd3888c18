namespace Svodka.Web.Forms;

/// <summary>Where a redirect after a form may go: a path on this site, never another host (open redirect).</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
