using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Svodka.Web.Api;

/// <summary>
/// The query parameters of the story and article lists. All are read as text and checked by
/// <see cref="ApiFilters"/>, so that a bad value gets a message naming it rather than the framework's.
/// </summary>
public sealed class ListParameters
{
    [FromQuery(Name = "limit"), Description("Items per page, 1 to 100 (default 20).")]
    public string? Limit { get; init; }

    [FromQuery(Name = "cursor"), Description("next_cursor of the previous page, unchanged.")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "site"), Description("A site's key (svodka, moskva, krym, en): only what that site shows.")]
    public string? Site { get; init; }

    [FromQuery(Name = "lang"), Description("Languages, comma-separated (ru, en).")]
    public string? Lang { get; init; }

    [FromQuery(Name = "rubric"), Description("A rubric slug (see /api/v1/rubrics).")]
    public string? Rubric { get; init; }

    [FromQuery(Name = "topic"), Description("A topic slug (see /api/v1/topics).")]
    public string? Topic { get; init; }

    [FromQuery(Name = "region"), Description("A region slug (see /api/v1/regions).")]
    public string? Region { get; init; }

    [FromQuery(Name = "person"), Description("A person slug (see /api/v1/persons).")]
    public string? Person { get; init; }

    [FromQuery(Name = "source"), Description("A source's id or slug (see /api/v1/sources).")]
    public string? Source { get; init; }

    [FromQuery(Name = "since"), Description("ISO 8601 time: stories with an article, or articles listed, at or after it.")]
    public string? Since { get; init; }

    [FromQuery(Name = "q"), Description("Search words (Russian stems match other forms); results best first.")]
    public string? Q { get; init; }
}

/// <summary>Paging alone: the persons and sources lists.</summary>
public sealed class PageParameters
{
    [FromQuery(Name = "limit"), Description("Items per page, 1 to 100 (default 20).")]
    public string? Limit { get; init; }

    [FromQuery(Name = "cursor"), Description("next_cursor of the previous page, unchanged.")]
    public string? Cursor { get; init; }
}

/// <summary>The query parameter names a parameters class declares, and their descriptions (the reference page lists them).</summary>
public static class QueryParameterNames
{
    public static IReadOnlyList<(string Name, string Description)> Of(Type parameters) =>
        parameters.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name, p.GetCustomAttribute<DescriptionAttribute>()?.Description ?? ""))
            .ToList();
}

/// <summary>Endpoint metadata: the query parameters an endpoint accepts; any other is a 400 that names it.</summary>
public sealed record AcceptedQuery(Type? Parameters)
{
    public IReadOnlyList<(string Name, string Description)> Names { get; } = Parameters is null ? [] : QueryParameterNames.Of(Parameters);
}

/// <summary>Endpoint metadata: an example request and what it answers, for the reference page.</summary>
public sealed record ApiExample(string Request, string Response);
