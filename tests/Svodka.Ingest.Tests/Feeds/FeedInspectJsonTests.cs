using Svodka.Ingest.Feeds;

namespace Svodka.Ingest.Tests.Feeds;

public sealed class FeedInspectJsonTests
{
    [Fact]
    public void Writes_the_fixed_shape_with_utc_times_nulls_and_readable_cyrillic()
    {
        var feed = new ParsedFeed
        {
            Format = FeedFormat.Rss,
            Title = "Новости",
            Link = "https://example.ru/",
            Items =
            [
                new ParsedItem
                {
                    Title = "«Снег»",
                    Published = new DateTimeOffset(2026, 11, 24, 14, 5, 0, TimeSpan.FromHours(3)),
                    Categories = ["Погода"],
                    Enclosures = [new FeedEnclosure("https://example.ru/a.jpg", "image/jpeg", null)],
                },
            ],
        };

        var json = FeedInspectJson.Write(feed).ReplaceLineEndings("\n");

        Assert.Equal("""
            {
              "title": "Новости",
              "link": "https://example.ru/",
              "language": null,
              "items": [
                {
                  "id": null,
                  "title": "«Снег»",
                  "link": null,
                  "published": "2026-11-24T11:05:00Z",
                  "updated": null,
                  "author": null,
                  "categories": [
                    "Погода"
                  ],
                  "summary": null,
                  "content_html": null,
                  "enclosures": [
                    {
                      "url": "https://example.ru/a.jpg",
                      "type": "image/jpeg",
                      "length": null
                    }
                  ]
                }
              ]
            }
            """, json);
    }
}
