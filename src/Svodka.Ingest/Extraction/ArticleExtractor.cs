using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Svodka.Ingest.Extraction.Content;
using Svodka.Ingest.Extraction.Metadata;
using Svodka.Ingest.Sanitizing;

namespace Svodka.Ingest.Extraction;

/// <summary>
/// Turns an article page into its metadata, clean text and sanitised HTML. The page is parsed once
/// (nesting capped, size capped); metadata is read before anything is removed; the main text is found
/// by scoring prose and weighing the page's own marks; if a strict pass leaves too little, laxer passes
/// run on a fresh parse, and JSON-LD articleBody stands in when the markup holds less than it.
/// Stateless and thread-safe.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>A text shorter than this after the strict pass may have lost real paragraphs to it.</summary>
    private const int RetryBelowChars = 500;

    private static readonly CleaningPass[] Passes =
    [
        CleaningPass.All,
        CleaningPass.WeightClasses | CleaningPass.CleanConditionally,
        CleaningPass.CleanConditionally,
        CleaningPass.None,
    ];

    public ExtractedArticle Extract(string html, Uri pageUrl, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        options ??= ExtractionOptions.Default;
        if (html.Length > options.MaxHtmlChars) html = html[..options.MaxHtmlChars];
        if (string.IsNullOrWhiteSpace(html)) throw new ExtractionException("the page is empty");
        try
        {
            return ExtractFrom(html, pageUrl, options);
        }
        catch (Exception e) when (e is not ExtractionException and not OutOfMemoryException)
        {
            throw new ExtractionException($"the page could not be read as HTML ({e.GetType().Name}: {FirstLine(e.Message)})", e);
        }
    }

    private static ExtractedArticle ExtractFrom(string html, Uri pageUrl, ExtractionOptions options)
    {
        var document = HtmlParsing.Document(html);
        var metadata = PageMetadataReader.Read(document, pageUrl, options, out _);
        var baseUrl = BaseUrl(document, pageUrl);

        var best = MainText(document, metadata, baseUrl, CleaningPass.All);
        for (var i = 1; i < Passes.Length && best.TextChars < RetryBelowChars; i++)
        {
            var retry = MainText(HtmlParsing.Document(html), metadata, baseUrl, Passes[i]);
            // A laxer pass lets comments and widgets back in: it must find clearly more to be believed.
            if (retry.TextChars > best.TextChars * 1.5 + 100) best = retry;
        }
        best = PreferArticleBody(best, metadata.ArticleBody, baseUrl);
        if (best.TextChars == 0) throw new ExtractionException("no article text found on the page");

        return new ExtractedArticle
        {
            Url = pageUrl.AbsoluteUri,
            CanonicalUrl = metadata.CanonicalUrl,
            SiteName = metadata.SiteName,
            Title = metadata.Title,
            Published = metadata.Published,
            Modified = metadata.Modified,
            Author = metadata.Author,
            LeadImage = metadata.LeadImage ?? best.FirstImage,
            Description = metadata.Description,
            Language = metadata.Language,
            Text = best.Text,
            Html = best.Html,
        };
    }

    private sealed record MainTextResult(string Text, string Html, string? FirstImage)
    {
        public int TextChars { get; } = Text.Count(c => !char.IsWhiteSpace(c));
    }

    private static MainTextResult MainText(IHtmlDocument document, PageMetadata metadata, Uri baseUrl, CleaningPass pass)
    {
        var body = document.Body;
        if (body is null) return new MainTextResult("", "", null);
        var marks = new SemanticContainers(document);
        PageCleaner.Clean(body, pass, marks.Protected());
        var stats = new TextStatsTable(body);
        var scorer = new ContentScorer(stats, (pass & CleaningPass.WeightClasses) != 0);
        var container = MainContentFinder.Find(document, body, stats, scorer, marks);
        new ContentCleaner(scorer, pass).Clean(container, metadata.Title);

        var text = PlainText.FromNode(container, IsCaption);
        var safeHtml = SafeHtmlWriter.Write(container, baseUrl);
        var image = container.QuerySelectorAll("img").Select(i => SafeUrls.ImageSource(ImageSources.Best(i), baseUrl)).FirstOrDefault(s => s is not null && !s.StartsWith("data:", StringComparison.Ordinal));
        return new MainTextResult(text, safeHtml, image);
    }

    /// <summary>Captions describe a picture; the text reads on without them (the HTML keeps them under the image).</summary>
    private static bool IsCaption(IElement element) => element.LocalName == "figcaption";

    /// <summary>JSON-LD articleBody when the markup gave clearly less (a page rendered by script, a body split by ads).</summary>
    private static MainTextResult PreferArticleBody(MainTextResult fromMarkup, string? articleBody, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(articleBody)) return fromMarkup;
        var text = PlainText.FromHtml(articleBody);
        var fromJson = new MainTextResult(text, "", null);
        if (fromJson.TextChars < 200 || fromJson.TextChars < fromMarkup.TextChars * 2) return fromMarkup;
        var html = string.Concat(text.Split("\n\n").Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>") + "</p>"));
        return fromJson with { Html = html, FirstImage = fromMarkup.FirstImage };
    }

    /// <summary>&lt;base href&gt; when it is an http(s) address, else the page's own.</summary>
    private static Uri BaseUrl(IDocument document, Uri pageUrl)
    {
        var href = document.Head?.QuerySelector("base[href]")?.GetAttribute("href");
        return SafeUrls.Resource(href, pageUrl) is { } resolved && Uri.TryCreate(resolved, UriKind.Absolute, out var uri) ? uri : pageUrl;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] : line;
    }
}
