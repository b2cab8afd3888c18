using Microsoft.AspNetCore.Http;

namespace Svodka.Web.Search;

/// <summary>The search page's query string, read leniently: unknown values are dropped, not errors.</summary>
public sealed record SearchForm(string Query, string? Rubric, string? Region, string? Source, string? From, string? To)
{
    public const int MaxQueryLength = 200;

    public static SearchForm Read(IQueryCollection query)
    {
        string? Value(string name) => query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
        var q = Value("q") ?? "";
        if (q.Length > MaxQueryLength) q = q[..MaxQueryLength];
        return new SearchForm(q, Value("rubric"), Value("region"), Value("source"), Date(Value("from")), Date(Value("to")));
    }

    /// <summary>The query string again, without the page: what paging links keep.</summary>
    public string QueryString
    {
        get
        {
            var parts = new List<string> { "q=" + Uri.EscapeDataString(Query) };
            if (Rubric is not null) parts.Add("rubric=" + Uri.EscapeDataString(Rubric));
            if (Region is not null) parts.Add("region=" + Uri.EscapeDataString(Region));
            if (Source is not null) parts.Add("source=" + Uri.EscapeDataString(Source));
            if (From is not null) parts.Add("from=" + From);
            if (To is not null) parts.Add("to=" + To);
            return string.Join('&', parts);
        }
    }

    public DateOnly? FromDay => From is null ? null : DateOnly.ParseExact(From, "yyyy-MM-dd");
    public DateOnly? ToDay => To is null ? null : DateOnly.ParseExact(To, "yyyy-MM-dd");

    private static string? Date(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d) && d.Year is >= 2000 and <= 2100 ? d.ToString("yyyy-MM-dd") : null;
}
