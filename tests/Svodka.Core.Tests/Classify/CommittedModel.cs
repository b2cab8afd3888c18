using Svodka.Core.Classify;
using Svodka.Testing;

namespace Svodka.Core.Tests.Classify;

/// <summary>models/classifier.zip as committed, loaded once for all tests (loading takes a moment).</summary>
internal static class CommittedModel
{
    private static readonly Lazy<ArticleClassifier> Loaded = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(TestData.RepoRoot, "models", "classifier.zip"));
        return ArticleClassifier.Load(stream);
    });

    public static ArticleClassifier Classifier => Loaded.Value;
}
