using System.Text;
using System.Xml;

namespace Svodka.Web.Feeds;

/// <summary>Text as XML 1.0 can carry it: characters it forbids (stray control characters from a feed) are dropped.</summary>
public static class FeedXmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return Rebuild(text);
        }
        return text;
    }

    private static string Rebuild(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) sb.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) sb.Append(text[i]).Append(text[++i]);
        }
        return sb.ToString();
    }

    public static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        Async = false,
        CheckCharacters = true,
    };
}
