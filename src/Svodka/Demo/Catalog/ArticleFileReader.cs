using System.Globalization;

namespace Svodka.Demo.Catalog;

/// <summary>
/// Reads one article file (format in demo/README.md): an optional file header (<c>event:</c> and
/// <c># notes</c>), then one block per article that starts with <c>--- outlet-id</c>, has <c>key: value</c>
/// lines, a blank line, and the body as paragraphs separated by blank lines.
/// </summary>
internal static class ArticleFileReader
{
    public const int MinParagraphs = 3;
    public const int MaxParagraphs = 8;
    public const double MaxAgeHours = 72;

    private static readonly HashSet<string> BlockKeys = ["slug", "hours", "rubric", "tags", "author", "title", "lead"];

    /// <param name="eventPerFile">True for demo/events: every block reports the file's event; false for
    /// demo/singles: every block is its own event and must name its slug.</param>
    public static IReadOnlyList<DemoArticle> Read(string path, bool eventPerFile)
    {
        var lines = File.ReadAllLines(path);
        var fileEvent = eventPerFile ? Path.GetFileNameWithoutExtension(path) : null;
        var articles = new List<DemoArticle>();
        var i = 0;

        for (; i < lines.Length && !IsBlockStart(lines[i]); i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || IsComment(line)) continue;
            var (key, value) = SplitKeyValue(line, path, i + 1);
            if (key == "event" && eventPerFile) fileEvent = Slug(value, path, i + 1);
            else throw new DemoCatalogException($"{path}:{i + 1}: unexpected '{key}:' before the first '--- outlet' line");
        }

        while (i < lines.Length)
        {
            var start = i;
            var outletId = lines[i].Trim()[3..].Trim();
            if (outletId.Length == 0) throw new DemoCatalogException($"{path}:{i + 1}: '---' must be followed by the outlet id");
            i++;
            var fields = new Dictionary<string, (string Value, int Line)>();
            for (; i < lines.Length && lines[i].Trim().Length > 0 && !IsBlockStart(lines[i]); i++)
            {
                if (IsComment(lines[i].Trim())) continue;
                var (key, value) = SplitKeyValue(lines[i].Trim(), path, i + 1);
                if (!BlockKeys.Contains(key))
                    throw new DemoCatalogException($"{path}:{i + 1}: unknown key '{key}'; expected one of: {string.Join(", ", BlockKeys)}");
                if (!fields.TryAdd(key, (value, i + 1)))
                    throw new DemoCatalogException($"{path}:{i + 1}: '{key}' is given twice");
            }

            var paragraphs = new List<string>();
            var current = new List<string>();
            for (; i < lines.Length && !IsBlockStart(lines[i]); i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0)
                {
                    if (current.Count > 0) paragraphs.Add(string.Join(' ', current));
                    current.Clear();
                }
                else if (!IsComment(line)) current.Add(line);
            }
            if (current.Count > 0) paragraphs.Add(string.Join(' ', current));

            articles.Add(ToArticle(outletId, fields, paragraphs, fileEvent, path, start + 1));
        }
        return articles;
    }

    private static DemoArticle ToArticle(string outletId, Dictionary<string, (string Value, int Line)> fields,
        List<string> paragraphs, string? fileEvent, string path, int line)
    {
        string Required(string key) => fields.TryGetValue(key, out var f) && f.Value.Length > 0 ? f.Value
            : throw new DemoCatalogException($"{path}:{line}: the article for '{outletId}' has no '{key}:'");

        string slug;
        if (fields.TryGetValue("slug", out var s)) slug = Slug(s.Value, path, s.Line);
        else slug = fileEvent ?? throw new DemoCatalogException($"{path}:{line}: an article in demo/singles needs 'slug:'");

        var hoursText = Required("hours");
        if (!double.TryParse(hoursText, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) || hours < 0 || hours > MaxAgeHours)
            throw new DemoCatalogException($"{path}:{fields["hours"].Line}: 'hours' is '{hoursText}'; expected a number of hours ago from 0 to {MaxAgeHours}");
        if (paragraphs.Count is < MinParagraphs or > MaxParagraphs)
            throw new DemoCatalogException($"{path}:{line}: the article for '{outletId}' has {paragraphs.Count} paragraphs; expected {MinParagraphs} to {MaxParagraphs}");

        return new DemoArticle
        {
            OutletId = outletId,
            EventId = fileEvent ?? slug,
            Slug = slug,
            Age = TimeSpan.FromMinutes(Math.Round(hours * 60)),
            Rubric = Required("rubric"),
            Tags = fields.TryGetValue("tags", out var t)
                ? t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [],
            Author = fields.TryGetValue("author", out var a) ? a.Value : null,
            Title = Required("title"),
            Lead = Required("lead"),
            Paragraphs = paragraphs,
            Origin = $"{path}:{line}",
        };
    }

    private static bool IsBlockStart(string line) => line.StartsWith("---", StringComparison.Ordinal);

    private static bool IsComment(string trimmed) => trimmed == "#" || trimmed.StartsWith("# ", StringComparison.Ordinal);

    private static (string Key, string Value) SplitKeyValue(string line, string path, int number)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0) throw new DemoCatalogException($"{path}:{number}: expected 'key: value', found '{line}'");
        return (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
    }

    private static string Slug(string value, string path, int number) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ? value
        : throw new DemoCatalogException($"{path}:{number}: '{value}' is not a slug (lower-case latin letters, digits and '-')");
}
