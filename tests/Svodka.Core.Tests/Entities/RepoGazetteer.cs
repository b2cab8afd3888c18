using Svodka.Core.Entities;
using Svodka.Testing;

namespace Svodka.Core.Tests.Entities;

/// <summary>The gazetteer the repository ships (config/gazetteers), loaded once for all entity tests.</summary>
internal static class RepoGazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(() =>
    {
        var folder = Path.Combine(TestData.RepoRoot, "config", "gazetteers");
        using var regions = File.OpenText(Path.Combine(folder, "regions.tsv"));
        using var countries = File.OpenText(Path.Combine(folder, "countries.tsv"));
        using var persons = File.OpenText(Path.Combine(folder, "persons.tsv"));
        return Gazetteer.Load(regions, countries, persons);
    });

    public static Gazetteer Instance => Loaded.Value;
    public static EntityTagger Tagger { get; } = new(Instance);
}
