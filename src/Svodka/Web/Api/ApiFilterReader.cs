using System.Globalization;
using Svodka.Core.Model;
using Svodka.Sites;
using Svodka.Web.Lists;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Api;

/// <summary>
/// Reads the filters of a list request. Each value is checked against what exists (the sites, the rubrics,
/// the vocabulary's topics, regions and people, the sources), so a typo is a 400 that names it rather than
/// an empty list that looks like no news.
/// </summary>
public sealed class ApiFilterReader(SiteCatalog sites, ReloadableVocabulary vocabularies, SourceDirectory sources)
{
    public async Task<ApiFilter> ReadAsync(ListParameters p, CancellationToken ct)
    {
        Site? site = null;
        if (p.Site is { } siteKey)
            site = sites.ByKey(siteKey) ?? throw ApiProblem.BadRequest(
                $"unknown site '{ApiLimit.Shorten(siteKey)}' (sites: {string.Join(", ", sites.Sites.Select(s => s.Key))})");

        IReadOnlyList<string>? languages = null;
        if (p.Lang is { } lang)
        {
            languages = lang.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.ToLowerInvariant()).ToList();
            if (languages.Count == 0 || languages.Any(l => l.Length is < 2 or > 8 || !l.All(char.IsAsciiLetterLower)))
                throw ApiProblem.BadRequest($"lang must be language codes such as ru or ru,en, not '{ApiLimit.Shorten(lang)}'");
        }

        if (p.Rubric is { } rubric && !PortalVocabulary.IsRubric(rubric))
            throw ApiProblem.BadRequest($"unknown rubric '{ApiLimit.Shorten(rubric)}' (see /api/v1/rubrics)");

        var tags = new List<(TagKind, string)>();
        if (p.Topic is { } topic)
            tags.Add((TagKind.Topic, vocabularies.Current.Topic(topic)?.Slug ?? throw ApiProblem.BadRequest($"unknown topic '{ApiLimit.Shorten(topic)}' (see /api/v1/topics)")));
        if (p.Region is { } region)
            tags.Add((TagKind.Region, vocabularies.Current.Gazetteer.Region(region)?.Slug ?? throw ApiProblem.BadRequest($"unknown region '{ApiLimit.Shorten(region)}' (see /api/v1/regions)")));
        if (p.Person is { } person)
            tags.Add((TagKind.Person, vocabularies.Current.Gazetteer.Person(person)?.Slug ?? throw ApiProblem.BadRequest($"unknown person '{ApiLimit.Shorten(person)}' (see /api/v1/persons)")));

        long? sourceId = null;
        if (p.Source is { } source)
        {
            var found = long.TryParse(source, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? await sources.ByIdAsync(id, ct)
                : await sources.BySlugAsync(source, ct);
            sourceId = found?.Record.Id ?? throw ApiProblem.BadRequest($"unknown source '{ApiLimit.Shorten(source)}' (see /api/v1/sources)");
        }

        DateTimeOffset? since = null;
        if (p.Since is { } text)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
                || !text.Contains('-'))
                throw ApiProblem.BadRequest($"since must be an ISO 8601 time such as 2026-11-25T09:00:00Z, not '{ApiLimit.Shorten(text)}'");
            since = at;
        }

        string? query = null;
        if (p.Q is { } q)
        {
            query = q.Trim();
            if (query.Length == 0) throw ApiProblem.BadRequest("q is empty: give words to search for, or leave q out");
            if (query.Length > 200) throw ApiProblem.BadRequest($"q is {query.Length} characters long; at most 200");
            if (p.Topic is not null) throw ApiProblem.BadRequest("the topic filter cannot be combined with q (search narrows by rubric, region, source, lang, since)");
            if (p.Person is not null) throw ApiProblem.BadRequest("the person filter cannot be combined with q (search narrows by rubric, region, source, lang, since)");
        }
        return new ApiFilter(site, languages, p.Rubric, tags, sourceId, since, query);
    }
}
