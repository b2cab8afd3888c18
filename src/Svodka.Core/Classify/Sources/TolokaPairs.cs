namespace Svodka.Core.Classify.Sources;

/// <summary>Two articles and the crowd's verdict on whether they report the same event (belong in one story).</summary>
public sealed record TolokaPair(
    string FirstTitle, string FirstText, string? FirstUrl,
    string SecondTitle, string SecondText, string? SecondUrl,
    bool SameStory);

/// <summary>
/// The tgcontest-toloka pair files (ru_train_pool.tsv, ru_exam_pool.tsv, en_train_pool.tsv): INPUT:first_title,
/// INPUT:second_title, INPUT:first_url, INPUT:second_url, INPUT:first_text, INPUT:second_text and
/// GOLDEN:quality (OK = same story, BAD = not), in any order. Rows with another verdict are skipped.
/// </summary>
public static class TolokaPairs
{
    public static IEnumerable<TolokaPair> Read(TextReader reader)
    {
        foreach (var row in TsvTable.Read(reader))
        {
            var verdict = row["GOLDEN:quality"].Trim().ToUpperInvariant();
            if (verdict is not ("OK" or "BAD")) continue;
            yield return new TolokaPair(
                row["INPUT:first_title"].Trim(), row["INPUT:first_text"].Trim(), NullIfEmpty(row["INPUT:first_url"]),
                row["INPUT:second_title"].Trim(), row["INPUT:second_text"].Trim(), NullIfEmpty(row["INPUT:second_url"]),
                verdict == "OK");
        }
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
