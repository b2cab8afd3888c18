using Svodka.Core.Text;
using LinguaDetector = Lingua.LanguageDetector;
using LinguaLanguage = Lingua.Language;

namespace Svodka.Core.Language;

/// <summary>
/// Detects the language of an article from its title and the start of its text, among the languages Svodka
/// serves (<see cref="Served"/>) and "other". Cheap cues decide most articles in one pass: other scripts are
/// "other", <see cref="CyrillicCues"/> narrows Cyrillic text by its letters, <see cref="FunctionWordVote"/>
/// settles Latin-script text of a sentence or more. Lingua, restricted to what the cues leave open, decides
/// the rest (short titles, mostly). Lingua loads a language's models from disk on first
/// use (the folder the package copies beside the app, or <c>modelsDirectory</c>); only the languages below are
/// ever loaded. Thread-safe; build one and share it.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>The languages a guess can name; everything else is <see cref="LanguageGuess.Other"/>.</summary>
    public static IReadOnlyList<string> Served { get; } = ["ru", "uk", "be", "kk", "en", "de", "fr", "es", "it", "pl", "tr"];

    /// <summary>Characters of the text looked at after the title: the start of an article names its language.</summary>
    private const int SampleChars = 600;
    /// <summary>Characters Lingua sees: its cost grows with length, its accuracy stops growing well before this.</summary>
    private const int ModelChars = 240;
    /// <summary>Letters only one language uses (Vietnamese ạ ế ơ ư, Turkish ı ğ) that decide a Latin-script text: at least this many…</summary>
    private const int MarkedLetters = 3;
    /// <summary>…and at least this share of its Latin letters (one quoted name is not enough).</summary>
    private const double MarkedShare = 0.025;
    /// <summary>A served language wins over a decoy when its confidence is at least this share of the decoy's.</summary>
    private const double ServedPrior = 0.5;

    private static readonly LinguaLanguage[] LatinServed =
    [
        LinguaLanguage.English, LinguaLanguage.German, LinguaLanguage.French, LinguaLanguage.Spanish,
        LinguaLanguage.Italian, LinguaLanguage.Polish, LinguaLanguage.Turkish,
    ];

    /// <summary>
    /// Latin-script languages Svodka does not serve but meets: without them Portuguese reads as Spanish. Kept
    /// few on purpose: each costs Lingua memory and time on every short title it is asked about, and running
    /// text in other languages is settled before the model (<see cref="FunctionWordVote"/>).
    /// </summary>
    private static readonly LinguaLanguage[] LatinDecoys =
    [
        LinguaLanguage.Portuguese, LinguaLanguage.Dutch, LinguaLanguage.Romanian, LinguaLanguage.Czech,
        LinguaLanguage.Indonesian, LinguaLanguage.Croatian,
    ];

    private readonly string? _modelsDirectory;
    private readonly bool _shortTextModels;
    private readonly Lazy<LinguaDetector> _latin;
    /// <summary>One Lingua detector per set of Cyrillic candidates (Lingua shares the models between them).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LinguaDetector> _cyrillic = new(StringComparer.Ordinal);

    /// <param name="modelsDirectory">Where Lingua's models are, when not beside the app.</param>
    /// <param name="shortTextModels">
    /// Whether a text under 120 characters (a headline alone) is scored on Lingua's one- to five-gram models, as in
    /// its high-accuracy mode, rather than on its trigram models only. The four- and five-gram models take about ten
    /// times as long to load (some 0.8 s of CPU and 40 MB a language, against 0.07 s): worth it for a service that
    /// meets bare headlines for days, not for a one-off run over whole articles (the tgnews verbs), where a few short
    /// pages would otherwise load them for a dozen languages and cost more than detecting every other page.
    /// </param>
    public LanguageDetector(string? modelsDirectory = null, bool shortTextModels = true)
    {
        _modelsDirectory = modelsDirectory;
        _shortTextModels = shortTextModels;
        _latin = new Lazy<LinguaDetector>(() => Build([.. LatinServed, .. LatinDecoys]));
    }

    public LanguageGuess Detect(string? title, string? text)
    {
        var sample = Sample(title, text);
        var profile = ScriptProfile.Of(sample);
        if (profile.Letters == 0) return new LanguageGuess(LanguageGuess.Other, 0);

        var scripted = profile.Latin + profile.Cyrillic;
        if (profile.OtherScript > scripted) return new LanguageGuess(LanguageGuess.Other, (double)profile.OtherScript / profile.Letters);

        if (profile.Cyrillic >= profile.Latin) return DetectCyrillic(profile, sample);

        var marked = Math.Max(MarkedLetters, profile.Latin * MarkedShare);
        // Vietnamese is written in Latin letters with marks no other language uses; no vote or model of ours knows it.
        if (profile.Vietnamese >= marked) return new LanguageGuess(LanguageGuess.Other, 0.95);
        // Dotless ı and ğ are Turkish among the languages the model knows (Azerbaijani adds ə, which counts as another script).
        if (profile.Turkish >= marked && profile.OtherScript == 0) return new LanguageGuess("tr", 0.95);
        return FunctionWordVote.Latin.Decide(sample) ?? AskModel(_latin.Value, sample);
    }

    /// <summary>Loads the models now rather than on the first article (for services that want flat latency).</summary>
    public void Preload()
    {
        _ = _latin.Value.ComputeLanguageConfidenceValues("warm up the models");
        _ = CyrillicDetector(CyrillicCues.All).ComputeLanguageConfidenceValues("прывітанне");
    }

    private LanguageGuess DetectCyrillic(in ScriptProfile profile, string sample)
    {
        var candidates = CyrillicCues.Candidates(profile, sample);
        if (candidates.Count == 1)
            return new LanguageGuess(CodeOf(candidates[0]), profile.Cyrillic >= 20 ? 0.99 : 0.95);
        if (candidates is [LinguaLanguage.Russian, LinguaLanguage.Bulgarian] && FunctionWordVote.RussianOrBulgarian.Decide(sample) is { } voted)
            return voted;
        return AskModel(CyrillicDetector(candidates), sample);
    }

    private LinguaDetector CyrillicDetector(IReadOnlyList<LinguaLanguage> candidates)
    {
        var key = string.Join(",", candidates.Select(c => (int)c));
        return _cyrillic.GetOrAdd(key, _ => Build([.. candidates]));
    }

    private static string CodeOf(LinguaLanguage language)
    {
        var code = Lingua.LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
        return Served.Contains(code) ? code : LanguageGuess.Other;
    }

    /// <summary>How many detections the cues left to Lingua so far (the slow path; operators and benchmarks read it).</summary>
    public long ModelCalls => Interlocked.Read(ref _modelCalls);

    private long _modelCalls;

    private LanguageGuess AskModel(LinguaDetector detector, string sample)
    {
        Interlocked.Increment(ref _modelCalls);
        var input = sample.Length <= ModelChars ? sample : sample[..CutAtSpace(sample, ModelChars)];
        var ranked = detector.ComputeLanguageConfidenceValues(input);
        var best = ranked.FirstOrDefault();
        if (best.Key == LinguaLanguage.Unknown) return new LanguageGuess(LanguageGuess.Other, 0);
        var code = CodeOf(best.Key);
        if (code != LanguageGuess.Other) return new LanguageGuess(code, best.Value);
        // A decoy won a short text narrowly: the languages Svodka serves are far likelier in its feeds, so a
        // served language within a factor of the winner takes it («Певица отменила концерт» is not Bulgarian).
        foreach (var (language, confidence) in ranked)
            if (CodeOf(language) is var served && served != LanguageGuess.Other && confidence >= best.Value * ServedPrior)
                return new LanguageGuess(served, confidence);
        return new LanguageGuess(LanguageGuess.Other, best.Value);
    }

    private static string Sample(string? title, string? text)
    {
        var head = TextNormalizer.Normalize(title);
        if (string.IsNullOrEmpty(text)) return head;
        var body = TextNormalizer.NormalizeHead(text, text.Length <= SampleChars ? SampleChars : CutAtSpace(text, SampleChars));
        return head.Length == 0 ? body : head + ".\n" + body;
    }

    private static int CutAtSpace(string s, int limit)
    {
        var cut = s.LastIndexOf(' ', limit - 1, Math.Min(limit, 40));
        return cut > 0 ? cut : limit;
    }

    private LinguaDetector Build(LinguaLanguage[] languages)
    {
        var builder = Lingua.LanguageDetectorBuilder.FromLanguages(languages);
        if (!_shortTextModels) builder = builder.WithLowAccuracyMode();
        if (_modelsDirectory is not null) builder = builder.WithLanguageModelsDirectory(_modelsDirectory);
        return builder.Build();
    }
}
