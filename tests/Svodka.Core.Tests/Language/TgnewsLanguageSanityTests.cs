using Svodka.Core.Language;
using Svodka.Testing;

namespace Svodka.Core.Tests.Language;

/// <summary>
/// The tgnews sample carries no language labels; a page's host is a weak one. Russian hosts publish Russian,
/// British and American ones English, German ones German: the detector must agree on nearly all of them.
/// </summary>
public class TgnewsLanguageSanityTests
{
    private static readonly LanguageDetector Detector = new();
    /// <summary>As the tgnews verbs build it: trigram models only, for whole articles.</summary>
    private static readonly LanguageDetector WholeArticleDetector = new(shortTextModels: false);

    [Theory]
    [InlineData(".ru", "ru", 0.97, true)]
    [InlineData(".co.uk", "en", 0.97, true)]
    [InlineData(".de", "de", 0.9, true)]
    [InlineData(".ru", "ru", 0.97, false)]
    [InlineData(".co.uk", "en", 0.97, false)]
    [InlineData(".de", "de", 0.9, false)]
    public void Pages_from_a_country_s_hosts_are_in_its_language(string hostSuffix, string lang, double floor, bool shortTextModels)
    {
        var detector = shortTextModels ? Detector : WholeArticleDetector;
        var root = TestData.RequireShared("tgnews-round1-sample");
        var pages = TgnewsPages.Read(root)
            .Where(p => Uri.TryCreate(p.Url, UriKind.Absolute, out var u) && u.Host.EndsWith(hostSuffix, StringComparison.Ordinal))
            .Where(p => p.Text.Length >= 200)
            .ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages on {hostSuffix}");

        var wrong = pages.Select(p => (Page: p, Guess: detector.Detect(p.Title, p.Text)))
            .Where(r => r.Guess.Code != lang)
            .ToList();
        var agreement = 1.0 - (double)wrong.Count / pages.Count;
        Assert.True(agreement >= floor,
            $"{agreement:P1} of {pages.Count} {hostSuffix} pages detected {lang}; e.g.\n" +
            string.Join("\n", wrong.Take(15).Select(r => $"{r.Guess.Code} {r.Guess.Confidence:F2} {r.Page.Url} {r.Page.Title}")));
    }
}
