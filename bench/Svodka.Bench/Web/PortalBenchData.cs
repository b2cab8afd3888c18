using Microsoft.Extensions.DependencyInjection;
using Svodka.Bench.Storage;
using Svodka.Core.Model;
using Svodka.Storage.Articles;
using Svodka.Storage.Sources;
using Svodka.Storage.Stories;

namespace Svodka.Bench.Web;

/// <summary>
/// A portal's worth of data for the web benchmark: outlets, analysed articles spread over the last three days
/// (rubrics, regions, a governor), and stories of one to five outlets each, stored through the real stores.
/// Deterministic for a seed.
/// </summary>
internal static class PortalBenchData
{
    private static readonly string[] Rubrics = ["society", "economy", "technology", "sports", "entertainment", "science"];
    private static readonly (string Slug, string Name)[] Regions =
        [("moskva", "Москва"), ("sankt-peterburg", "Санкт-Петербург"), ("respublika-krym", "Республика Крым"), ("krasnodarskiy-kray", "Краснодарский край"), ("sverdlovskaya-oblast", "Свердловская область")];

    public sealed record Result(int Articles, int Stories, long SampleStory, long SampleArticle);

    public static async Task<Result> StoreAsync(IServiceProvider services, int articleCount, DateTimeOffset now, CancellationToken ct)
    {
        const int sourceCount = 30;
        var sources = services.GetRequiredService<SourceStore>();
        var articles = services.GetRequiredService<ArticleStore>();
        var stories = services.GetRequiredService<StoryStore>();
        var random = new Random(20261125);
        var generator = new NewsDraftGenerator(sourceCount, duplicateShare: 0);
        var ids = new List<long>();
        for (var s = 0; s < sourceCount; s++)
            ids.Add((await sources.AddAsync(new NewSource($"https://source{s}.example.ru/rss.xml", $"Издание {s + 1}", $"https://source{s}.example.ru/", "Россия"), ct)).Id);

        var perSource = articleCount / sourceCount;
        var span = TimeSpan.FromDays(3).TotalMinutes;
        for (var s = 0; s < sourceCount; s++)
        {
            var drafts = generator.Fetch(s, perSource).Select(d =>
            {
                var region = Regions[random.Next(Regions.Length)];
                var tags = new List<ArticleTag> { new(TagKind.Region, region.Slug, region.Name, 0.9) };
                if (region.Slug == "moskva") tags.Add(new ArticleTag(TagKind.Person, "sergey-sobyanin", "Сергей Собянин", 0.8));
                return d with
                {
                    Published = now.AddMinutes(-random.NextDouble() * span),
                    Analysis = new ArticleAnalysis { Language = "ru", IsNews = true, Rubric = Rubrics[random.Next(Rubrics.Length)], Tags = tags },
                };
            }).ToList();
            await articles.StoreFetchAsync(ids[s], drafts, new FetchOutcome(now, 200, TimeSpan.Zero, 0, null, null, null, now.AddHours(1)), ct);
        }

        // Stories: articles taken in time order, one to five of them (different outlets) per story.
        var all = new List<ArticleRecord>();
        for (var skip = 0; ; skip += ArticleQuery.MaxTake)
        {
            var page = await articles.ListAsync(new ArticleQuery { Take = ArticleQuery.MaxTake, Skip = skip }, ct);
            all.AddRange(page);
            if (page.Count < ArticleQuery.MaxTake) break;
        }
        var writes = new List<StoryWrite>();
        var members = new List<StoryMembership>();
        long storyId = 1;
        for (var i = 0; i < all.Count;)
        {
            var size = Math.Min(1 + random.Next(5), all.Count - i);
            var group = all.GetRange(i, size);
            i += size;
            var lead = group[0];
            var tags = (lead.Analysis?.Tags ?? []).Select(t => new StoryTagWrite(t.Kind, t.Slug, t.Name, 1.0)).ToList();
            writes.Add(new StoryWrite(storyId, "ru", lead.Title, lead.Summary ?? "", lead.Analysis?.Rubric,
                group.Min(a => a.ListedAt), group.Max(a => a.ListedAt), group.Count, group.Select(a => a.Sources[0].SourceId).Distinct().Count(), tags));
            members.AddRange(group.Select((a, k) => new StoryMembership(a.Id, storyId, 1.0 - k * 0.1, false)));
            storyId++;
            if (writes.Count == 500 || i >= all.Count)
            {
                await stories.SaveAsync(writes, members, [], now, ct);
                writes.Clear();
                members.Clear();
            }
        }
        var sampleStory = (await stories.ListAsync(new StoryQuery { MinSources = 3, Take = 1 }, ct))[0].Id;
        return new Result(all.Count, (int)storyId - 1, sampleStory, all[0].Id);
    }
}
