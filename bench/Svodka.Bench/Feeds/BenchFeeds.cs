using System.Globalization;
using System.Text;

namespace Svodka.Bench.Feeds;

/// <summary>Generated feeds shaped like a Russian outlet's: Cyrillic titles, HTML bodies, RFC 822 / ISO dates.</summary>
internal static class BenchFeeds
{
    private static readonly string[] Words =
        ["Москва", "правительство", "заявил", "рубль", "снег", "выборы", "экономика", "регион", "суд", "министр",
         "новый", "закон", "Госдума", "курс", "прогноз", "мост", "открыли", "завод", "учёные", "спорт"];

    /// <param name="full">With content:encoded (about 2 KB of HTML), media and yandex:full-text, as lenta/ria feeds have.</param>
    public static byte[] Rss(int items, bool full)
    {
        var xml = new StringBuilder(items * (full ? 3600 : 700));
        xml.Append("""<?xml version="1.0" encoding="utf-8"?>""").Append('\n')
           .Append("""<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:yandex="http://news.yandex.ru">""")
           .Append("<channel><title>Новости</title><link>https://news.example.ru/</link><language>ru</language>\n");
        var start = new DateTimeOffset(2026, 11, 24, 14, 5, 0, TimeSpan.FromHours(3));
        for (var i = 0; i < items; i++)
        {
            var date = start.AddMinutes(-i).ToString("ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(29, 1);
            xml.Append("<item><title>").Append(Sentence(i, 10)).Append(" &#171;").Append(i).Append("&#187;</title>")
               .Append("<link>https://news.example.ru/news/2026/11/24/").Append(i).Append("/</link>")
               .Append("<guid isPermaLink=\"true\">https://news.example.ru/news/2026/11/24/").Append(i).Append("/</guid>")
               .Append("<pubDate>").Append(date).Append("</pubDate>")
               .Append("<category>").Append(Words[i % Words.Length]).Append("</category>")
               .Append("<description><![CDATA[").Append(Sentence(i + 3, 25)).Append("]]></description>");
            if (full)
            {
                xml.Append("<dc:creator>Иван Петров</dc:creator>")
                   .Append("<content:encoded><![CDATA[");
                for (var p = 0; p < 8; p++) xml.Append("<p>").Append(Sentence(i + p, 24)).Append(" <a href=\"https://news.example.ru/tag/").Append(p).Append("\">тег</a></p>");
                xml.Append("]]></content:encoded>")
                   .Append("<yandex:full-text>").Append(Sentence(i + 9, 60)).Append("</yandex:full-text>")
                   .Append("<media:content url=\"https://cdn.example.ru/img/").Append(i).Append(".jpg\" medium=\"image\" type=\"image/jpeg\"/>")
                   .Append("<enclosure url=\"https://cdn.example.ru/img/").Append(i).Append(".jpg\" type=\"image/jpeg\" length=\"48213\"/>");
            }
            xml.Append("</item>\n");
        }
        xml.Append("</channel></rss>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    public static byte[] Atom(int entries)
    {
        var xml = new StringBuilder(entries * 2400);
        xml.Append("""<?xml version="1.0" encoding="utf-8"?>""").Append('\n')
           .Append("""<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru" xml:base="https://blog.example.ru/">""")
           .Append("<title>Блог</title><link href=\"/\"/><id>tag:blog.example.ru,2026:/</id><updated>2026-11-24T12:00:00Z</updated>\n");
        var start = new DateTimeOffset(2026, 11, 24, 11, 5, 0, TimeSpan.Zero);
        for (var i = 0; i < entries; i++)
        {
            var date = start.AddMinutes(-i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            xml.Append("<entry><title type=\"html\">").Append(Sentence(i, 9)).Append(" &amp;lt;b&amp;gt;").Append(i).Append("&amp;lt;/b&amp;gt;</title>")
               .Append("<link href=\"posts/").Append(i).Append("\"/><id>tag:blog.example.ru,2026:").Append(i).Append("</id>")
               .Append("<published>").Append(date).Append("</published><updated>").Append(date).Append("</updated>")
               .Append("<author><name>Мария</name></author><category term=\"").Append(Words[i % Words.Length]).Append("\"/>")
               .Append("<summary>").Append(Sentence(i + 1, 20)).Append("</summary>")
               .Append("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">");
            for (var p = 0; p < 6; p++) xml.Append("<p>").Append(Sentence(i + p, 22)).Append(" <a href=\"notes/").Append(p).Append("\">примечание</a></p>");
            xml.Append("</div></content></entry>\n");
        }
        xml.Append("</feed>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string Sentence(int seed, int words)
    {
        var text = new StringBuilder(words * 9);
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(' ');
            text.Append(Words[(seed * 7 + w * 3) % Words.Length]);
        }
        return text.Append('.').ToString();
    }
}
