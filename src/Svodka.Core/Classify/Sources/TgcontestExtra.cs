namespace Svodka.Core.Classify.Sources;

/// <summary>
/// The tgcontest-extra files: early markup of the contest entry IlyaGusev/tgcontest.
/// </summary>
public static class TgcontestExtra
{
    /// <summary>
    /// categories_v0.tsv: columns lang, label, title_and_text. Title and body come as one string with no
    /// separator, so the whole string is the text and the title is empty (title features stay unset rather
    /// than wrong). Only Russian and English rows; "sport" is mapped to "sports".
    /// </summary>
    public static IEnumerable<LabelledExample> ReadCategories(TextReader reader)
    {
        foreach (var row in TsvTable.Read(reader))
        {
            var language = row["lang"].Trim().ToLowerInvariant();
            var label = Rubrics.Canonical(row["label"]);
            var text = row["title_and_text"].Trim();
            if (label is null || text.Length == 0 || language is not ("ru" or "en")) continue;
            yield return new LabelledExample("", text, language, label, LabelOrigins.TgcontestExtra);
        }
    }

    /// <summary>
    /// ru_news_detect_v0.tsv: columns is_news (1/0), label (news / not_news), title. Russian headlines only.
    /// News rows carry <see cref="Rubrics.News"/> (no rubric); the file repeats some headlines, which are read once.
    /// </summary>
    public static IEnumerable<LabelledExample> ReadNewsDetect(TextReader reader)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(reader))
        {
            var title = row["title"].Replace("\\\"", "\"").Trim();
            var flag = row["is_news"].Trim();
            if (title.Length == 0 || flag is not ("0" or "1") || !seen.Add(title)) continue;
            yield return new LabelledExample(title, "", "ru", flag == "1" ? Rubrics.News : Rubrics.NotNews, LabelOrigins.TgcontestHeadlines);
        }
    }
}
