using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Svodka.Web.Assets;

/// <summary>
/// The site's own files (wwwroot beside the executable: one stylesheet, the logos), read once and served from
/// memory. The stylesheet's URL carries its hash, so browsers keep it for a year and still see a new version.
/// Nothing is loaded from anywhere else: no third-party fonts, scripts or styles.
/// </summary>
public sealed class StaticAssets
{
    private readonly Dictionary<string, (byte[] Bytes, string Type)> files = new(StringComparer.Ordinal);

    public string StylesheetUrl { get; }

    public StaticAssets(string root)
    {
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var type = Path.GetExtension(path) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => null,
            };
            if (type is null) continue;
            files["/" + Path.GetRelativePath(root, path).Replace('\\', '/')] = (File.ReadAllBytes(path), type);
        }
        var css = files.TryGetValue("/site.css", out var sheet) ? sheet.Bytes : [];
        StylesheetUrl = "/static/site.css?v=" + Convert.ToHexStringLower(SHA256.HashData(css))[..12];
    }

    public static StaticAssets Load() => new(Path.Combine(AppContext.BaseDirectory, "wwwroot"));

    public void Map(IEndpointRouteBuilder app) =>
        app.MapGetOrHead("/static/{**path}", (HttpContext context, string path) =>
        {
            if (!files.TryGetValue("/" + path, out var file)) return Results.NotFound();
            context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=86400";
            // A logo is an image, never a document that could run anything.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            return Results.Bytes(file.Bytes, file.Type);
        });
}
