using Svodka.Core.Classify.Sources;

namespace Svodka.Core.Classify.Training;

/// <summary>
/// Reads every source `svodka train` was given into one list of examples: each reader maps its labels to the
/// taxonomy, then duplicates (the same URL, or the same title and text start, across or within sources) are
/// kept once, the first source in <see cref="LabelOrigins.All"/> order winning, and held-out articles are dropped.
/// </summary>
public static class TrainingSetAssembly
{
    public static TrainingSet Assemble(TrainingSources sources)
    {
        var notes = new List<string>(sources.Notes);
        var bySource = new List<(string Name, IEnumerable<LabelledExample> Examples)>();
        foreach (var (reader, language) in sources.TolokaCategories)
            bySource.Add(($"tgcontest-toloka ({language})", TolokaCategories.Read(reader, language)));
        foreach (var reader in sources.TgcontestExtraCategories)
            bySource.Add(("tgcontest-extra categories", TgcontestExtra.ReadCategories(reader)));
        foreach (var reader in sources.TgcontestExtraNewsDetect)
            bySource.Add(("tgcontest-extra news detect", TgcontestExtra.ReadNewsDetect(reader)));
        foreach (var reader in sources.RiaTopics)
            bySource.Add(("ria-topics-partial", RiaTopics.Read(reader)));
        if (sources.DetectLanguage is { } detect)
            bySource.Add(("tgnews-round1-sample URL sections",
                sources.TgnewsPages.Select(html => TgnewsWeakLabels.FromPage(html, null, detect)).OfType<LabelledExample>()));
        else if (sources.TgnewsPages.Any())
            notes.Add("tgnews-round1-sample skipped: no language detector given");
        foreach (var reader in sources.Own)
            bySource.Add(("own examples", OwnExamples.Read(reader)));

        var heldUrls = sources.HoldOut.Select(e => UrlKey(e.Url)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var heldTitles = sources.HoldOut.Select(e => TitleKey(e.Title)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var examples = new List<LabelledExample>();
        foreach (var (name, read) in bySource)
        {
            int kept = 0, duplicates = 0, held = 0;
            var labels = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in read)
            {
                if ((UrlKey(e.Url) is { } u && heldUrls.Contains(u)) || (TitleKey(e.Title) is { } t && heldTitles.Contains(t)))
                {
                    held++;
                    continue;
                }
                if (!seen.Add(IdentityKey(e)))
                {
                    duplicates++;
                    continue;
                }
                examples.Add(e);
                kept++;
                labels[e.Label] = labels.GetValueOrDefault(e.Label) + 1;
            }
            notes.Add($"{name}: {kept} examples ({string.Join(", ", labels.Select(l => $"{l.Key} {l.Value}"))})"
                + (duplicates > 0 ? $", {duplicates} duplicates dropped" : "")
                + (held > 0 ? $", {held} held-out articles dropped" : ""));
        }
        return new TrainingSet(examples, notes);
    }

    private static string IdentityKey(LabelledExample e) =>
        UrlKey(e.Url) ?? "t:" + TitleKey(e.Title) + "|" + (e.Text.Length > 200 ? e.Text[..200] : e.Text);

    private static string? UrlKey(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var u = url.Trim().ToLowerInvariant();
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) u = u[(scheme + 3)..];
        if (u.StartsWith("www.", StringComparison.Ordinal)) u = u[4..];
        return "u:" + u.TrimEnd('/');
    }

    private static string? TitleKey(string title)
    {
        var t = Text.TextNormalizer.FoldCase(Text.TextNormalizer.Normalize(title)).Trim();
        return t.Length >= 12 ? t : null;
    }
}
