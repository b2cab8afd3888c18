namespace Svodka.Core.Classify.Sources;

/// <summary>
/// The tgcontest-toloka category files (ru_cat_training.tsv, en_cat_exam.tsv, …): columns INPUT:url,
/// INPUT:title, INPUT:text and GOLDEN:res, in any order; other columns (hints, machine translations) are ignored.
/// The files do not name their language, so the caller does (it is in the file name).
/// Rows whose label is not one of the eight are skipped.
/// </summary>
public static class TolokaCategories
{
    public static IEnumerable<LabelledExample> Read(TextReader reader, string language, string origin = LabelOrigins.Toloka)
    {
        foreach (var row in TsvTable.Read(reader))
        {
            var label = Rubrics.Canonical(row["GOLDEN:res"]);
            if (label is null) continue;
            yield return new LabelledExample(row["INPUT:title"].Trim(), row["INPUT:text"].Trim(), language, label, origin)
            {
                Url = NullIfEmpty(row["INPUT:url"].Trim()),
            };
        }
    }

    /// <summary>"ru" for ru_cat_exam.tsv, "en" for en_cat_training.tsv: the files name their language by prefix.</summary>
    public static string? LanguageFromFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        var cut = name.IndexOf('_');
        return cut == 2 ? name[..2].ToLowerInvariant() : null;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
