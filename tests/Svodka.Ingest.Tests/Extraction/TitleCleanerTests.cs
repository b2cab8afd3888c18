using Svodka.Ingest.Extraction.Metadata;

namespace Svodka.Ingest.Tests.Extraction;

public class TitleCleanerTests
{
    [Theory]
    [InlineData("Путин провёл встречу с губернаторами — РИА Новости", "РИА Новости", "https://ria.ru/20261124/a.html", null, "Путин провёл встречу с губернаторами")]
    [InlineData("Путин провёл встречу с губернаторами - РИА Новости, 24.11.2026", "РИА Новости", "https://ria.ru/a", null, "Путин провёл встречу с губернаторами")]
    [InlineData("Storm Bert brings floods | The Guardian", null, "https://www.theguardian.com/uk", null, "Storm Bert brings floods")]
    [InlineData("Лента.ру: Экономика: Рубль укрепился", "Лента.ру", "https://lenta.ru/news/1", null, "Экономика: Рубль укрепился")]
    [InlineData("Рубль укрепился к доллару :: Новости :: РБК", "РБК", "https://www.rbc.ru/finances/1", "Рубль укрепился к доллару", "Рубль укрепился к доллару")]
    [InlineData("Москва — Петербург: новая трасса открыта", null, "https://news.example.ru/1", null, "Москва — Петербург: новая трасса открыта")]
    public void Site_name_comes_off_the_headline(string title, string? siteName, string url, string? h1, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(title, siteName, new Uri(url), h1));
    }
}
