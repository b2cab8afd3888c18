namespace Svodka.Core.Classify.Sources;

/// <summary>
/// The examples written for Svodka (training/labelled/*.tsv): columns lang, label, title, text; text may be
/// empty for a headline-only example. Labels are the eight of <see cref="Rubrics.All"/> (or "news").
/// Lines starting with '#' are comments.
/// </summary>
public static class OwnExamples
{
    public static IEnumerable<LabelledExample> Read(TextReader reader)
    {
        foreach (var row in TsvTable.Read(reader))
        {
            var language = row["lang"].Trim().ToLowerInvariant();
            if (language.Length == 0 || language.StartsWith('#')) continue;
            var rawLabel = row["label"].Trim();
            var label = rawLabel == Rubrics.News ? Rubrics.News : Rubrics.Canonical(rawLabel);
            var title = row["title"].Trim();
            if (label is null || title.Length == 0)
                throw new FormatException($"own example with label '{rawLabel}' and title '{title}': the label must be one of {string.Join(", ", Rubrics.All)} or news, and the title non-empty");
            yield return new LabelledExample(title, row["text"].Trim(), language, label, LabelOrigins.Own);
        }
    }
}
