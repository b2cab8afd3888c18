using Svodka.Ingest.Extraction.Metadata;

namespace Svodka.Ingest.Tests.Extraction;

public class ArticleDatesTests
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.CreateCustomTimeZone("MSK", TimeSpan.FromHours(3), "MSK", "MSK");

    [Theory]
    [InlineData("24 ноября 2026, 14:05", "2026-11-24T11:05:00Z")]
    [InlineData("24 ноября 2026 г. в 14:05", "2026-11-24T11:05:00Z")]
    [InlineData("14:05, 24 ноября 2026", "2026-11-24T11:05:00Z")]
    [InlineData("Опубликовано: 3 марта 2026 года", "2026-03-02T21:00:00Z")]
    [InlineData("24.11.2026 14:05", "2026-11-24T11:05:00Z")]
    [InlineData("вторник, 24 ноя 2026, 09:30", "2026-11-24T06:30:00Z")]
    [InlineData("November 24, 2026 2:05 PM", "2026-11-24T11:05:00Z")]
    [InlineData("24. November 2026", "2026-11-23T21:00:00Z")]
    public void Written_dates_are_read_in_the_site_zone(string written, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc), ArticleDates.ParseWritten(written, Moscow));
    }

    [Theory]
    [InlineData("2026-11-24T14:05:00+03:00", "2026-11-24T11:05:00Z")]
    [InlineData("2026-11-24T14:05:00.000+0300", "2026-11-24T11:05:00Z")]
    [InlineData("2026-11-24T11:05:00Z", "2026-11-24T11:05:00Z")]
    [InlineData("2026-11-24T14:05:00", "2026-11-24T11:05:00Z")]
    [InlineData("2026-11-24 14:05", "2026-11-24T11:05:00Z")]
    [InlineData("2026-11-24", "2026-11-23T21:00:00Z")]
    [InlineData("Tue, 24 Nov 2026 11:05:00 GMT", "2026-11-24T11:05:00Z")]
    [InlineData("1795518300", "2026-11-24T11:05:00Z")]
    public void Machine_dates_are_utc(string value, string utc)
    {
        var parsed = ArticleDates.ParseMachine(value, Moscow);
        Assert.Equal(DateTimeOffset.Parse(utc), parsed);
        Assert.Equal(TimeSpan.Zero, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("https://ria.example/20261124/ports-123.html", "2026-11-23T21:00:00Z")]
    [InlineData("https://site.example/news/2026/11/24/story/", "2026-11-23T21:00:00Z")]
    [InlineData("https://site.example/2026-11-24-story", "2026-11-23T21:00:00Z")]
    public void Dates_in_urls(string url, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc), ArticleDates.FromUrl(url, Moscow));
    }

    [Theory]
    [InlineData("не дата")]
    [InlineData("31 февраля 2026")]
    [InlineData("2026-13-45")]
    [InlineData("2126-01-01T00:00:00Z")]
    [InlineData("১৯৯৯-০১-০১")]
    public void Nonsense_is_no_date(string value)
    {
        Assert.Null(ArticleDates.ParseMachine(value, Moscow));
    }
}
