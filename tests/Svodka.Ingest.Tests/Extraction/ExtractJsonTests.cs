using System.Text.Json;
using Svodka.Ingest.Extraction;

namespace Svodka.Ingest.Tests.Extraction;

public class ExtractJsonTests
{
    [Fact]
    public void Writes_exactly_the_cli_fields_with_nulls_utc_times_and_readable_cyrillic()
    {
        var json = ExtractJson.Write(new ExtractedArticle
        {
            Url = "https://news.example.ru/a",
            Title = "Заголовок «в кавычках»",
            Published = new DateTimeOffset(2026, 11, 24, 14, 5, 0, TimeSpan.FromHours(3)),
            Description = "not in the output",
            Text = "Абзац.\n\nЕщё абзац.",
            Html = "<p>Абзац.</p>",
        });

        using var doc = JsonDocument.Parse(json);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["url", "canonical_url", "site_name", "title", "published", "author", "lead_image", "text", "html"], names);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("canonical_url").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("author").ValueKind);
        Assert.Equal("2026-11-24T11:05:00Z", doc.RootElement.GetProperty("published").GetString());
        Assert.Equal("Абзац.\n\nЕщё абзац.", doc.RootElement.GetProperty("text").GetString());
        Assert.Contains("Заголовок «в кавычках»", json);
        Assert.Contains("\n  \"url\"", json);
    }
}
