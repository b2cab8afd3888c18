namespace Svodka.Core.Tgnews;

/// <summary>The contest's seven news categories, in the order its outputs list them.</summary>
public static class TgnewsCategories
{
    public static IReadOnlyList<string> All { get; } = ["society", "economy", "technology", "sports", "entertainment", "science", "other"];

    /// <summary>The contest's two languages: news, categories, threads and top cover these only.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ru", "en"];
}
