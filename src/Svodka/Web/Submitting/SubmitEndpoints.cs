using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Svodka.Submissions;
using Svodka.Web.Forms;
using Svodka.Web.Pages;
using Svodka.Web.Rendering;

namespace Svodka.Web.Submitting;

/// <summary>/add: the form (GET) and a reader's post (POST: antiforgery, rate limit, honeypot, checks, duplicates, queue).</summary>
public static class SubmitEndpoints
{
    public const string RateLimitPolicy = "submissions";

    public static void Map(IEndpointRouteBuilder app, SubmissionOptions options)
    {
        app.MapGet("/add", (HttpContext context) => Page(context, new SubmissionForm(), new Dictionary<string, string>(), null, sent: false));
        app.MapPost("/add", PostAsync)
            .RequireRateLimiting(RateLimitPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxBodyBytes))
            .WithFormOptions(valueLengthLimit: (int)options.MaxBodyBytes, multipartBodyLengthLimit: options.MaxBodyBytes);
    }

    private static async Task<IResult> PostAsync(HttpContext context, SubmissionIntake intake, CancellationToken ct)
    {
        var r = PortalRequest.From(context);
        var words = SubmissionWords.For(r.Language);
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return Refused(context, words.ExpiredTitle, words.ExpiredText, StatusCodes.Status400BadRequest);

        var form = SubmissionForm.Read(fields);
        if (form.Honeypot.Length > 0) return Page(context, form, new Dictionary<string, string>(), words.Robot, sent: false, StatusCodes.Status422UnprocessableEntity);
        return await intake.ReceiveAsync(form, r.Site, words, ct) switch
        {
            SubmissionOutcome.Invalid invalid => Page(context, form, invalid.Errors, words.FixErrors, sent: false, StatusCodes.Status422UnprocessableEntity),
            SubmissionOutcome.Duplicate duplicate => Page(context, form, new Dictionary<string, string> { ["link"] = words.Duplicate }, words.Duplicate,
                sent: false, StatusCodes.Status409Conflict, duplicate.ArticleId),
            _ => Page(context, new SubmissionForm(), new Dictionary<string, string>(), null, sent: true),
        };
    }

    /// <summary>The 429 page the rate limiter answers with.</summary>
    public static Task TooManyAsync(HttpContext context)
    {
        var words = SubmissionWords.For(PortalRequest.From(context).Language);
        return Refused(context, words.TooManyTitle, words.TooManyText, StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
    }

    private static IResult Refused(HttpContext context, string title, string text, int status)
    {
        var r = PortalRequest.From(context);
        var meta = new PageMeta { Title = title, Description = text, Path = "/add", NoIndex = true };
        return new RazorComponentResult<ErrorPage>(new { R = r, Meta = meta, Text = text }) { StatusCode = status, ContentType = "text/html; charset=utf-8" };
    }

    private static IResult Page(HttpContext context, SubmissionForm form, IReadOnlyDictionary<string, string> errors, string? message, bool sent,
        int status = 200, long? duplicateOf = null)
    {
        var r = PortalRequest.From(context);
        var words = SubmissionWords.For(r.Language);
        var meta = new PageMeta { Title = words.Heading, Description = words.Intro, Path = "/add", NoIndex = true, Crumbs = [new Crumb(words.Heading, "/add")] };
        var token = sent ? new AntiforgeryField("", "") : AntiforgeryField.For(context);
        return new RazorComponentResult<AddPage>(new { R = r, Meta = meta, Form = form, Errors = errors, Message = message, Token = token, Sent = sent, DuplicateOf = duplicateOf })
        {
            StatusCode = status, ContentType = "text/html; charset=utf-8",
        };
    }
}
