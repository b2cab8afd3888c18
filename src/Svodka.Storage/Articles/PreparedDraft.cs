using System.Text;
using Svodka.Core.Model;
using Svodka.Storage.Writing;

namespace Svodka.Storage.Articles;

/// <summary>A draft with its three de-duplication keys, cleaned and checked for storage.</summary>
/// <param name="ItemId">The feed's item id, or null when there is none or it cannot be trusted.</param>
/// <param name="SiteContentKey">Host and content hash, or null when the text is too short for the hash to identify the article.</param>
internal sealed record PreparedDraft(ArticleDraft Draft, string CanonicalUrl, string? ItemId, string? SiteContentKey)
{
    /// <summary>Longer keys do not fit a PostgreSQL b-tree index entry (about 2.7 KB).</summary>
    public const int MaxUrlBytes = 2000;
    public const int MaxItemIdBytes = 1000;

    /// <summary>
    /// Below this a hash of title and text says little: a site's daily "Погода" or "Курсы валют"
    /// posts share title and stub text, and merging them would lose articles.
    /// </summary>
    public const int MinHashedTextLength = 100;

    /// <summary>Null when the draft cannot be stored (no canonical URL, or one too long to index).</summary>
    public static PreparedDraft? From(ArticleDraft draft, IReadOnlySet<string> untrustedItemIds)
    {
        var canonical = StoredText.CleanOptional(draft.CanonicalUrl);
        if (canonical is null || Encoding.UTF8.GetByteCount(canonical) > MaxUrlBytes) return null;

        var itemId = StoredText.CleanOptional(draft.ItemId);
        if (itemId is not null && (untrustedItemIds.Contains(itemId) || Encoding.UTF8.GetByteCount(itemId) > MaxItemIdBytes))
            itemId = null;

        return new PreparedDraft(draft, canonical, itemId, SiteContentKeyOf(canonical, draft));
    }

    /// <summary>
    /// Item ids that one fetch gives to items with different URLs: some feeds put the site's address
    /// or a constant in every guid, and trusting it would fold every new item into the first one.
    /// </summary>
    public static IReadOnlySet<string> UntrustedItemIds(IReadOnlyList<ArticleDraft> drafts)
    {
        var urlByItem = new Dictionary<string, string>(StringComparer.Ordinal);
        var untrusted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var itemId = StoredText.CleanOptional(draft.ItemId);
            if (itemId is null) continue;
            if (!urlByItem.TryAdd(itemId, draft.CanonicalUrl) && urlByItem[itemId] != draft.CanonicalUrl)
                untrusted.Add(itemId);
        }
        return untrusted;
    }

    private static string? SiteContentKeyOf(string canonicalUrl, ArticleDraft draft)
    {
        var hash = StoredText.CleanOptional(draft.ContentHash);
        if (hash is null || (draft.Text?.Trim().Length ?? 0) < MinHashedTextLength) return null;
        if (!Uri.TryCreate(canonicalUrl, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var key = host + " " + hash;
        return Encoding.UTF8.GetByteCount(key) > MaxItemIdBytes ? null : key;
    }
}
