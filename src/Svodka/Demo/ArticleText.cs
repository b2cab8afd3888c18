namespace Svodka.Demo;

/// <summary>The shapes an article's text takes in feeds and pages: teaser, HTML body, plain body.</summary>
internal static class ArticleText
{
    /// <summary>The lead's first sentence: what a teaser-only feed gives.</summary>
    public static string Teaser(DemoArticle article)
    {
        var lead = article.Lead;
        for (var i = 0; i < lead.Length - 2; i++)
        {
            if (lead[i] is not ('.' or '!' or '?') || lead[i + 1] != ' ' || !char.IsUpper(lead[i + 2])) continue;
            // "г. Москва", "А. Пушкин": a one-letter word before the dot is an abbreviation, not a sentence end.
            var wordStart = lead.LastIndexOf(' ', i) + 1;
            if (i - wordStart <= 1) continue;
            return lead[..(i + 1)];
        }
        return lead;
    }

    public static string BodyHtml(DemoArticle article) =>
        string.Join("\n", article.Paragraphs.Select(p => $"<p>{Html.Encode(p)}</p>"));

    public static string BodyPlain(DemoArticle article) => string.Join("\n\n", article.Paragraphs);
}
