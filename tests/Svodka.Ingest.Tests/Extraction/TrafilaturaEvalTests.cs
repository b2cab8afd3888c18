using Svodka.Bench.Extraction;
using Svodka.Ingest.Extraction;
using Svodka.Testing;

namespace Svodka.Ingest.Tests.Extraction;

/// <summary>
/// The trafilatura corpus (990 pages) scored for Svodka and for bare SmartReader in one run.
/// Measured when written: Svodka 68.9 % of pages all right (F1 0.922), SmartReader 58.3 % (F1 0.889).
/// </summary>
public class TrafilaturaEvalTests
{
    private const double SvodkaFloor = 0.66;

    [Fact]
    public void Svodka_stays_above_its_floor_and_clearly_ahead_of_bare_smartreader()
    {
        var pages = TrafilaturaEval.Load(TestData.RequireShared("trafilatura-eval"));
        Assert.True(pages.Count > 900, $"only {pages.Count} pages found");
        var html = pages.ToDictionary(p => p, p => p.ReadHtml());

        var extractor = new ArticleExtractor();
        var svodka = TrafilaturaEval.Run(pages, (h, u) => extractor.Extract(h, u).Text, html);
        var smartReader = TrafilaturaEval.Run(pages, (h, u) => new SmartReader.Reader(u.AbsoluteUri, h).GetArticle().TextContent, html);
        TestContext.Current.SendDiagnosticMessage($"Svodka {svodka}; SmartReader {smartReader}");

        Assert.True(svodka.PageShare >= SvodkaFloor, $"Svodka {svodka} fell below the floor {SvodkaFloor:P0}");
        Assert.True(svodka.PageShare >= smartReader.PageShare + 0.04, $"Svodka {svodka} is not clearly ahead of SmartReader {smartReader}");
        Assert.True(svodka.F1 > smartReader.F1, $"Svodka F1 {svodka.F1:F3} is not above SmartReader's {smartReader.F1:F3}");
    }
}
