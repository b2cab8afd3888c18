using Microsoft.Extensions.Configuration;
using Svodka.Core.Classify;
using Svodka.Core.Entities;
using Svodka.Core.Language;
using Svodka.Core.Topics;
using Svodka.Core.Understanding;

namespace Svodka.Understanding;

/// <summary>
/// The analyzer in use, and the gazetteer it tags with. An admin reloads the gazetteer files without a restart: the
/// new gazetteer is read in full first, then a new analyzer (the same language detector, classifier and topics)
/// takes the old one's place in one reference swap, so every article is analysed wholly with the old data or
/// wholly with the new; a broken file throws and leaves the old in place. This process only: a collector running
/// in another process reads the files when it starts.
/// </summary>
public sealed class ReloadableAnalyzer
{
    private readonly IConfiguration configuration;
    private readonly LanguageDetector languages;
    private readonly ArticleClassifier classifier;
    private readonly TopicMatcher topics;
    private readonly Lock reloading = new();
    private volatile Loaded loaded;

    public ReloadableAnalyzer(IConfiguration configuration)
    {
        this.configuration = configuration;
        (languages, classifier, topics) = AnalyzerLoader.LoadAllButGazetteer(configuration);
        loaded = Load();
    }

    public ArticleAnalyzer Current => loaded.Analyzer;

    public GazetteerSummary Gazetteer => loaded.Summary;

    /// <summary>Reads the gazetteer files again and swaps the analyzer; throws (the old one stays) when a file is missing or broken.</summary>
    public GazetteerSummary ReloadGazetteer()
    {
        lock (reloading)
        {
            loaded = Load();
            return loaded.Summary;
        }
    }

    private Loaded Load()
    {
        var (gazetteer, summary) = AnalyzerLoader.LoadGazetteer(configuration);
        return new Loaded(new ArticleAnalyzer(languages, classifier, new EntityTagger(gazetteer), topics), summary);
    }

    private sealed record Loaded(ArticleAnalyzer Analyzer, GazetteerSummary Summary);
}
