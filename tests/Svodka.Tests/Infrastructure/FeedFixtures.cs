using System.Text;

namespace Svodka.Tests.Infrastructure;

/// <summary>Small well-formed feeds written the way publishers write them.</summary>
public static class FeedFixtures
{
    static FeedFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>An RSS 2.0 feed of <paramref name="count"/> items linking under <paramref name="site"/>.</summary>
    public static string Rss(string site, int count, string titlePrefix = "Новость", string? encodingDeclaration = "utf-8", int start = 0)
    {
        var xml = new StringBuilder();
        xml.Append(encodingDeclaration is null ? "<?xml version=\"1.0\"?>\n" : $"<?xml version=\"1.0\" encoding=\"{encodingDeclaration}\"?>\n");
        xml.Append("<rss version=\"2.0\"><channel><title>Тестовая лента</title><link>").Append(site).Append("</link><language>ru</language>\n");
        for (var i = start; i < start + count; i++)
        {
            xml.Append("<item><title>").Append(titlePrefix).Append(' ').Append(i).Append(": в Казани открыли новый мост</title>")
               .Append("<link>").Append(site.TrimEnd('/')).Append("/news/").Append(i).Append("</link>")
               .Append("<guid>").Append(site.TrimEnd('/')).Append("/news/").Append(i).Append("</guid>")
               .Append("<pubDate>Tue, 24 Nov 2026 ").Append((i % 24).ToString("00")).Append(":05:00 +0300</pubDate>")
               .Append("<description>Мэр города рассказал о строительстве моста номер ").Append(i).Append(".</description></item>\n");
        }
        xml.Append("</channel></rss>");
        return xml.ToString();
    }

    public static byte[] Encode(string text, string encoding) => Encoding.GetEncoding(encoding).GetBytes(text);
}
