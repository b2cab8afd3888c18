using System.Security.Cryptography;
using System.Text;
using Svodka.Core.Model;
using Svodka.Storage.Articles;

namespace Svodka.Storage.Tests;

/// <summary>Realistic drafts and fetch outcomes for storage tests.</summary>
internal static class Drafts
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public const string LongText =
        "Правительство Москвы утвердило план реконструкции набережных до 2030 года. По словам мэра, " +
        "работы начнутся весной и затронут более сорока километров береговой линии. Первыми обновят " +
        "участки у Воробьёвых гор и в Нагатинской пойме, где появятся велодорожки и смотровые площадки.";

    public static ArticleDraft Article(string canonicalUrl, string? itemId = null, string title = "Москва обновит набережные",
        string text = LongText, DateTimeOffset? published = null, string? url = null) => new()
    {
        ItemId = itemId,
        Url = url ?? canonicalUrl,
        CanonicalUrl = canonicalUrl,
        Title = title,
        Published = published,
        Author = "Иван Петров",
        Summary = text.Length > 120 ? text[..120] : text,
        ContentHtml = "<p>" + text + "</p>",
        Text = text,
        Language = "ru",
        ImageUrl = "https://cdn.example.ru/img/1.jpg",
        Categories = ["Москва", "Город"],
        ContentHash = Hash(title, text),
    };

    /// <summary>Stands in for Core's ContentHash: equal title and text, equal hash.</summary>
    public static string Hash(string title, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + text)));

    public static FetchOutcome Ok(DateTimeOffset? at = null, string? etag = "\"v1\"", int status = 200,
        string? feedTitle = null, string? feedSiteUrl = null) =>
        new(at ?? Now, status, TimeSpan.FromMilliseconds(420), 18_000, null, etag, "Fri, 14 Mar 2025 09:00:00 GMT",
            (at ?? Now).AddMinutes(15), feedTitle, feedSiteUrl);

    public static FetchOutcome Failed(string error, DateTimeOffset? at = null, int? status = null) =>
        new(at ?? Now, status, TimeSpan.FromSeconds(10), 0, error, null, null, (at ?? Now).AddMinutes(30), null, null);
}
