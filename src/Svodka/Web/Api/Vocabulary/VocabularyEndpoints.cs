using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Svodka.Core.Classify;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Api.Vocabulary;

/// <summary>
/// The names the filters take: GET /api/v1/rubrics, /topics, /regions (short lists, whole) and /persons (paged),
/// read from the portal's vocabulary, so a slug here is a slug the portal's pages and the filters know.
/// </summary>
public static class VocabularyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rubrics", () => TypedResults.Ok(Rubrics.NewsRubrics.Select(r =>
                new ApiRubric(r, PortalVocabulary.RubricName(r, "ru"), PortalVocabulary.RubricName(r, "en"), $"/rubric/{r}")).ToList()))
            .WithName("ListRubrics").WithTags("Vocabulary").WithSummary("The rubrics every article and story is sorted into.")
            .WithMetadata(new AcceptedQuery(null), new ApiExample("GET /api/v1/rubrics", """[{"slug": "society", "name_ru": "Общество", "name_en": "Society", "path": "/rubric/society"}, …]"""));

        api.MapGet("/topics", (PortalVocabulary v) => TypedResults.Ok(v.Topics.Select(t =>
                new ApiTopic(t.Slug, t.NameRu, t.NameEn, t.Parent, $"/topic/{t.Slug}")).ToList()))
            .WithName("ListTopics").WithTags("Vocabulary").WithSummary("Topics (config/topics.tsv).")
            .WithMetadata(new AcceptedQuery(null), new ApiExample("GET /api/v1/topics", """[{"slug": "music", "name_ru": "Музыкальные новости", …}, …]"""));

        api.MapGet("/regions", (PortalVocabulary v) => TypedResults.Ok(v.Gazetteer.Regions.Select(r =>
                new ApiRegion(r.Slug, r.NameRu, r.NameEn, r.FederalDistrict, r.GovernorRu, $"/region/{r.Slug}")).ToList()))
            .WithName("ListRegions").WithTags("Vocabulary").WithSummary("Russia's regions with their federal districts and governors.")
            .WithMetadata(new AcceptedQuery(null), new ApiExample("GET /api/v1/regions", """[{"slug": "moskva", "name_ru": "Москва", "federal_district": "central", "governor": "Сергей Собянин", …}, …]"""));

        api.MapGet("/persons", Persons)
            .WithName("ListPersons").WithTags("Vocabulary").WithSummary("People the analysis tags, by slug.")
            .WithMetadata(new AcceptedQuery(typeof(PageParameters)),
                new ApiExample("GET /api/v1/persons?limit=1", """{"items": [{"slug": "aleksandr-lukashenko", "name_ru": "Александр Лукашенко", …}], "next_cursor": "cy…"}"""));
    }

    private static Ok<ApiPage<ApiPerson>> Persons([AsParameters] PageParameters p, PortalVocabulary v)
    {
        var limit = ApiLimit.Read(p.Limit);
        var after = p.Cursor is { } cursor ? ApiCursor.Decode(cursor, 's', 1)[0] : null;
        var page = v.Gazetteer.Persons
            .OrderBy(x => x.Slug, StringComparer.Ordinal)
            .Where(x => after is null || string.CompareOrdinal(x.Slug, after) > 0)
            .Take(limit + 1)
            .Select(x => new ApiPerson(x.Slug, x.NameRu, x.NameEn, x.RoleRu, x.CountrySlug, x.RegionSlug, $"/person/{x.Slug}"))
            .ToList();
        var items = page.Take(limit).ToList();
        return TypedResults.Ok(new ApiPage<ApiPerson>(items, page.Count > limit ? ApiCursor.Encode('s', items[^1].Slug) : null));
    }
}
