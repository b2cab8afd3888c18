namespace Svodka.Web.Rendering;

/// <summary>A page of a list: which page, how many per page, whether there are more.</summary>
public sealed record Paging(int Number, int Size, bool HasMore)
{
    public const int MaxPage = 500;

    public int Skip => (Number - 1) * Size;

    /// <summary>The page number from ?page=, 1 when absent or nonsense.</summary>
    public static int Read(string? value) => int.TryParse(value, out var n) && n is >= 1 and <= MaxPage ? n : 1;

    /// <summary>The path with ?page=N (or without it for page 1), other query parameters kept.</summary>
    public static string Link(string path, int page, string? query = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(query)) parts.Add(query);
        if (page > 1) parts.Add($"page={page}");
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }
}
