using System.Text.Json;

namespace Svodka.Demo.Catalog;

/// <summary>
/// Reads demo/outlets.json: an array of outlet objects. Every mistake is reported with the file and the line
/// of the outlet it is in, because an operator edits this file by hand.
/// </summary>
internal static class OutletsFileReader
{
    private static readonly Dictionary<string, DemoFeedFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rss-2.0"] = DemoFeedFormat.Rss20,
        ["rss-0.91"] = DemoFeedFormat.Rss091,
        ["rss-1.0"] = DemoFeedFormat.Rdf,
        ["atom-1.0"] = DemoFeedFormat.Atom10,
        ["atom-0.3"] = DemoFeedFormat.Atom03,
        ["json-feed-1.1"] = DemoFeedFormat.JsonFeed11,
    };

    private static readonly Dictionary<string, DemoFullText> FullTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = DemoFullText.None,
        ["description"] = DemoFullText.Description,
        ["content:encoded"] = DemoFullText.ContentEncoded,
        ["yandex:full-text"] = DemoFullText.YandexFullText,
        ["content"] = DemoFullText.Content,
    };

    private static readonly Dictionary<string, DemoFeedBreakage> Breakages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = DemoFeedBreakage.None,
        ["html-instead-of-feed"] = DemoFeedBreakage.HtmlInsteadOfFeed,
        ["truncated-mid-item"] = DemoFeedBreakage.TruncatedMidItem,
        ["http-500"] = DemoFeedBreakage.ServerError,
        ["nbsp-and-control-characters"] = DemoFeedBreakage.NbspAndControlCharacters,
    };

    private static readonly Dictionary<string, DemoArticleMarkup> Markups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["article"] = DemoArticleMarkup.ArticleElement,
        ["itemprop"] = DemoArticleMarkup.ItempropOnly,
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<DemoOutlet> Read(string path)
    {
        if (!File.Exists(path)) throw new DemoCatalogException($"{path}: the outlets file is missing");
        var bytes = File.ReadAllBytes(path);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var outlets = new List<DemoOutlet>();
        var line = 1;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                throw new DemoCatalogException($"{path}:1: expected an array of outlets");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                line = LineAt(bytes, reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw new DemoCatalogException($"{path}:{line}: expected an outlet object");
                var dto = JsonSerializer.Deserialize<OutletDto>(ref reader, Json)!;
                outlets.Add(ToOutlet(dto, $"{path}:{line}"));
            }
        }
        catch (JsonException e)
        {
            throw new DemoCatalogException($"{path}:{(e.LineNumber is { } l ? l + 1 : line)}: {e.Message}");
        }

        var duplicate = outlets.GroupBy(o => o.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DemoCatalogException($"{path}: outlet id '{duplicate.Key}' is used twice");
        if (outlets.Count == 0) throw new DemoCatalogException($"{path}: no outlets");
        return outlets;
    }

    private static DemoOutlet ToOutlet(OutletDto dto, string where)
    {
        string Required(string? value, string name) =>
            string.IsNullOrWhiteSpace(value) ? throw new DemoCatalogException($"{where}: '{name}' is missing") : value.Trim();
        T OneOf<T>(Dictionary<string, T> table, string? value, string name) =>
            value is not null && table.TryGetValue(value, out var known) ? known
            : throw new DemoCatalogException($"{where}: '{name}' is '{value}'; expected one of: {string.Join(", ", table.Keys)}");

        var id = Required(dto.Id, "id");
        if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new DemoCatalogException($"{where}: id '{id}' must be lower-case latin letters, digits and '-' (it is a URL path segment)");
        var feed = dto.Feed ?? throw new DemoCatalogException($"{where}: 'feed' is missing");
        var format = OneOf(Formats, feed.Format, "feed.format");
        var fullText = OneOf(FullTexts, feed.FullText ?? "none", "feed.fullText");
        var encoding = Required(feed.Encoding, "feed.encoding");
        if (!OutletEncoding.IsKnown(encoding))
            throw new DemoCatalogException($"{where}: 'feed.encoding' is '{encoding}'; expected utf-8, windows-1251 or koi8-r");
        if (!FitsFormat(format, fullText))
            throw new DemoCatalogException($"{where}: a {feed.Format} feed cannot carry full text in '{feed.FullText}'");
        if (format == DemoFeedFormat.JsonFeed11 && !encoding.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw new DemoCatalogException($"{where}: JSON Feed is UTF-8 only");
        if (feed.XmlBase == true && format != DemoFeedFormat.Atom10)
            throw new DemoCatalogException($"{where}: 'feed.xmlBase' is for Atom 1.0 feeds only");
        var feedPath = Required(feed.Path, "feed.path");
        if (feedPath.Contains('/') || feedPath.Contains('\\') || feedPath is "news")
            throw new DemoCatalogException($"{where}: 'feed.path' must be a plain file name such as rss.xml");

        // Invented outlets live under the reserved .example domain, so no real publisher is ever impersonated.
        var domain = Required(dto.Domain, "domain");
        if (!domain.EndsWith(".example", StringComparison.OrdinalIgnoreCase))
            throw new DemoCatalogException($"{where}: domain '{domain}' must end in .example (the outlets are invented)");

        return new DemoOutlet
        {
            Id = id,
            Name = Required(dto.Name, "name"),
            Domain = domain,
            Language = Required(dto.Language, "language").ToLowerInvariant(),
            Category = Required(dto.Category, "category"),
            Description = Required(dto.Description, "description"),
            UtcOffset = ParseOffset(dto.UtcOffset, where),
            ArticleMarkup = OneOf(Markups, dto.ArticleMarkup ?? "article", "articleMarkup"),
            Feed = new DemoFeedSettings
            {
                Format = format,
                Path = feedPath,
                MediaType = string.IsNullOrWhiteSpace(feed.MediaType) ? DefaultMediaType(format) : feed.MediaType.Trim(),
                Encoding = encoding.ToLowerInvariant(),
                CharsetInHeader = feed.CharsetInHeader ?? true,
                CharsetInProlog = feed.CharsetInProlog ?? true,
                FullText = fullText,
                XmlBase = feed.XmlBase ?? false,
                Breakage = OneOf(Breakages, feed.Breakage ?? "none", "feed.breakage"),
            },
        };
    }

    private static bool FitsFormat(DemoFeedFormat format, DemoFullText fullText) => fullText switch
    {
        DemoFullText.None => true,
        DemoFullText.Description => format is DemoFeedFormat.Rss20 or DemoFeedFormat.Rss091 or DemoFeedFormat.Rdf,
        DemoFullText.ContentEncoded => format is DemoFeedFormat.Rss20 or DemoFeedFormat.Rdf,
        DemoFullText.YandexFullText => format is DemoFeedFormat.Rss20,
        DemoFullText.Content => format is DemoFeedFormat.Atom10 or DemoFeedFormat.Atom03 or DemoFeedFormat.JsonFeed11,
        _ => false,
    };

    private static string DefaultMediaType(DemoFeedFormat format) => format switch
    {
        DemoFeedFormat.Rdf => "application/rdf+xml",
        DemoFeedFormat.Atom10 or DemoFeedFormat.Atom03 => "application/atom+xml",
        DemoFeedFormat.JsonFeed11 => "application/feed+json",
        _ => "application/rss+xml",
    };

    private static TimeSpan ParseOffset(string? text, string where)
    {
        if (string.IsNullOrEmpty(text)) return TimeSpan.Zero;
        var sign = text[0] == '-' ? -1 : 1;
        return (text[0] is '+' or '-') && TimeSpan.TryParseExact(text[1..], @"hh\:mm", System.Globalization.CultureInfo.InvariantCulture, out var offset)
            ? sign * offset
            : throw new DemoCatalogException($"{where}: 'utcOffset' is '{text}'; expected the form +03:00");
    }

    private static int LineAt(byte[] bytes, long offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }

    private sealed class OutletDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Domain { get; set; }
        public string? Language { get; set; }
        public string? Category { get; set; }
        public string? Description { get; set; }
        public string? UtcOffset { get; set; }
        public string? ArticleMarkup { get; set; }
        public FeedDto? Feed { get; set; }
    }

    private sealed class FeedDto
    {
        public string? Format { get; set; }
        public string? Path { get; set; }
        public string? MediaType { get; set; }
        public string? Encoding { get; set; }
        public bool? CharsetInHeader { get; set; }
        public bool? CharsetInProlog { get; set; }
        public string? FullText { get; set; }
        public bool? XmlBase { get; set; }
        public string? Breakage { get; set; }
    }
}
