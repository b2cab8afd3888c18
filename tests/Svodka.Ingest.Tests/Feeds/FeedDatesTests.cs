using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

/// <summary>One case per date shape in the table.</summary>
public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 24 Nov 2026 14:05:00 +0300", "2026-11-24T11:05:00Z")] // RFC 822 with weekday and seconds
    [InlineData("24 Nov 2026 14:05:00 +0300", "2026-11-24T11:05:00Z")] // without weekday
    [InlineData("Tue, 24 Nov 2026 14:05 +0300", "2026-11-24T11:05:00Z")] // without seconds
    [InlineData("Tue, 24 Nov 26 14:05:00 GMT", "2026-11-24T14:05:00Z")] // two-digit year
    [InlineData("Tue, 24 Nov 2026 14:05:00 MSK", "2026-11-24T11:05:00Z")]
    [InlineData("Tue, 24 Nov 2026 14:05:00 EST", "2026-11-24T19:05:00Z")]
    [InlineData("Tue, 24 Nov 2026 14:05:00 PDT", "2026-11-24T21:05:00Z")]
    [InlineData("Tue, 24 Nov 2026 14:05:00 UT", "2026-11-24T14:05:00Z")]
    [InlineData("Tue, 24 Nov 2026 14:05:00 Z", "2026-11-24T14:05:00Z")]
    [InlineData("Tue, 24 Nov 2026 14:05:00 GMT+3", "2026-11-24T11:05:00Z")]
    [InlineData("Tue, 24 Nov 2026 14:05:00 +0300 (MSK)", "2026-11-24T11:05:00Z")]
    [InlineData("Mon, 24 Nov 2026 14:05:00 +0300", "2026-11-24T11:05:00Z")] // wrong weekday: the date wins
    [InlineData("Tuesday, 24 November 2026 14:05:00 +03:00", "2026-11-24T11:05:00Z")]
    [InlineData("Tue, 24 Nov 2026 14:05:00", "2026-11-24T14:05:00Z")] // no zone: UTC
    [InlineData("2026-11-24T14:05:00+03:00", "2026-11-24T11:05:00Z")] // ISO 8601
    [InlineData("2026-11-24T14:05:00.123Z", "2026-11-24T14:05:00.123Z")]
    [InlineData("2026-11-24T14:05:00+0300", "2026-11-24T11:05:00Z")]
    [InlineData("2026-11-24T14:05:00", "2026-11-24T14:05:00Z")]
    [InlineData("2026-11-24T14:05Z", "2026-11-24T14:05:00Z")]
    [InlineData("2026-11-24 14:05:00", "2026-11-24T14:05:00Z")]
    [InlineData("2026-11-24 14:05:00 +03:00", "2026-11-24T11:05:00Z")]
    [InlineData("2026-11-24", "2026-11-24T00:00:00Z")]
    [InlineData("24 ноября 2026 14:05", "2026-11-24T14:05:00Z")] // Russian, genitive month
    [InlineData("Пн, 24 ноя 2026 14:05:00 +0300", "2026-11-24T11:05:00Z")] // Russian abbreviations
    [InlineData("24 ноября 2026 г. в 14:05 МСК", "2026-11-24T11:05:00Z")]
    [InlineData("1 мая 2026 09:00", "2026-05-01T09:00:00Z")]
    [InlineData("3 марта 2026", "2026-03-03T00:00:00Z")]
    [InlineData("Вторник, 24 Ноябрь 2026 14:05", "2026-11-24T14:05:00Z")] // nominative month, capitalised
    [InlineData("24.11.2026 14:05", "2026-11-24T14:05:00Z")]
    [InlineData("November 24, 2026 2:05 PM", "2026-11-24T14:05:00Z")]
    public void Parses_shape(string text, string expectedUtc)
    {
        var parsed = FeedDates.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Value.Offset);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("вчера")]
    [InlineData("not a date")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("32 Nov 2026 14:05:00 GMT")]
    public void Returns_null_for(string? text) => Assert.Null(FeedDates.Parse(text));
}
