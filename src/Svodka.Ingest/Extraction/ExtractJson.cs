using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Svodka.Ingest.Extraction;

/// <summary>
/// The `svodka extract` output: exactly url, canonical_url, site_name, title, published, author,
/// lead_image, text, html, in that order; absent values are null, times ISO 8601 in UTC, indented,
/// Cyrillic and markup written as themselves (the output is read by people and tools, never embedded in a page).
/// </summary>
public static class ExtractJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ExtractedArticle a)
    {
        ArgumentNullException.ThrowIfNull(a);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("url", a.Url);
            json.WriteString("canonical_url", a.CanonicalUrl);
            json.WriteString("site_name", a.SiteName);
            json.WriteString("title", a.Title);
            json.WriteString("published", Utc(a.Published));
            json.WriteString("author", a.Author);
            json.WriteString("lead_image", a.LeadImage);
            json.WriteString("text", a.Text);
            json.WriteString("html", a.Html);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>"2026-11-24T11:05:00Z": seconds precision is all a publication time has.</summary>
    public static string? Utc(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
