using Svodka.Core.Tgnews;

namespace Svodka.Core.Classify.Sources;

/// <summary>
/// tgnews-round1-sample pages (contest input format, no labels) labelled weakly by the publisher's URL section
/// (<see cref="UrlSectionRubrics"/>). Only Russian and English pages with a known section and some text are kept.
/// </summary>
public static class TgnewsWeakLabels
{
    /// <summary>Below this many characters of body a page is a stub (a photo, a video) and teaches nothing.</summary>
    private const int MinTextChars = 200;

    /// <param name="html">The page.</param>
    /// <param name="url">The page's address when the caller knows it better than og:url; null to use og:url.</param>
    /// <param name="detectLanguage">Language code of (title, text): <see cref="Language.LanguageDetector.Detect"/> in production.</param>
    public static LabelledExample? FromPage(string html, string? url, Func<string, string, string> detectLanguage)
    {
        ContestPage page;
        try
        {
            page = ContestPage.Parse(html, "page");
        }
        catch (FormatException)
        {
            return null; // no title or no publication time: not a contest page
        }
        var address = string.IsNullOrEmpty(url) ? page.Url : url;
        var rubric = UrlSectionRubrics.RubricOf(address);
        if (rubric is null || page.Title.Length == 0 || page.Text.Length < MinTextChars) return null;
        var language = detectLanguage(page.Title, page.Text);
        if (language is not ("ru" or "en")) return null;
        return new LabelledExample(page.Title, page.Text, language, rubric, LabelOrigins.TgnewsUrl) { Url = address };
    }
}
