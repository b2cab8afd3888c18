using Svodka.Bench.Understand;
using Svodka.Testing;

namespace Svodka.Core.Tests.Entities;

/// <summary>
/// Keeps tagging quality on RIA's own tags (ria-topics-partial) above floors set a little under the figures
/// measured when the tagger was written (`entities-eval`: regions P 0.53 R 0.82, countries P 0.74 R 0.90,
/// persons P 0.75 R 0.99). RIA tags what an article is about, so precision is a floor, not the truth.
/// </summary>
public class RiaEntityFloorTests
{
    [Fact]
    public void Region_country_and_person_tags_stay_above_their_floors()
    {
        var folder = TestData.RequireShared("ria-topics-partial");
        var articles = RiaEntityEvaluation.ReadArticles(folder);
        var result = RiaEntityEvaluation.Evaluate(RepoGazetteer.Instance, RepoGazetteer.Tagger, articles);

        Assert.True(articles.Count > 1000, $"only {articles.Count} articles read");
        Assert.True(result.Regions.Precision >= 0.45 && result.Regions.Recall >= 0.75, result.Regions.ToString());
        Assert.True(result.Countries.Precision >= 0.65 && result.Countries.Recall >= 0.85, result.Countries.ToString());
        Assert.True(result.Persons.Precision >= 0.65 && result.Persons.Recall >= 0.9, result.Persons.ToString());
    }
}
