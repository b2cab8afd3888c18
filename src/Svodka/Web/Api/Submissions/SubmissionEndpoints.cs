using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Svodka.Sites;
using Svodka.Storage.Submissions;
using Svodka.Submissions;
using Svodka.Web.Submitting;

namespace Svodka.Web.Api.Submissions;

/// <summary>The body of POST /api/v1/submissions: the fields of «Добавить новость».</summary>
/// <param name="Title">The headline, 10 to 300 characters of plain text.</param>
/// <param name="Text">The text, 50 to 20 000 characters of plain text; paragraphs separated by line breaks.</param>
/// <param name="Link">The source: an http(s) URL.</param>
/// <param name="Region">A region slug (see /api/v1/regions).</param>
/// <param name="Rubric">A rubric slug (see /api/v1/rubrics).</param>
/// <param name="Contact">How the editors can reach the sender; only they see it.</param>
public sealed record NewSubmissionRequest(string? Title, string? Text, string? Link, string? Region, string? Rubric, string? Contact = null);

/// <summary>A reader's item in the moderation queue, without the sender's contact.</summary>
/// <param name="Status">pending, approved or rejected.</param>
/// <param name="ArticleId">The published article, once approved.</param>
public sealed record ApiSubmission(long Id, string Status, string Title, string SourceUrl, string Region, string Rubric, string Site,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, long? ArticleId, string? ArticlePath)
{
    public static ApiSubmission From(SubmissionRecord s) => new(
        s.Id, s.Status.ToString().ToLowerInvariant(), s.Title, s.SourceUrl, s.Region, s.Rubric, s.Site, s.SubmittedAt, s.DecidedAt,
        s.ArticleId, s.ArticleId is { } article ? $"/article/{article}" : null);
}

/// <summary>
/// POST /api/v1/submissions: a news item into the same moderation queue as the /add form, through the same
/// checks (<see cref="SubmissionIntake"/>); GET /api/v1/submissions/{id}: what became of it. Both need a key.
/// </summary>
public static class SubmissionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/submissions").WithTags("Submissions");
        group.MapPost("", SubmitAsync).WithName("SubmitNews")
            .WithSummary("Send a news item for moderation, as the «Добавить новость» form does: the same checks, the same queue. Needs an API key.")
            .Accepts<NewSubmissionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRateLimiting(ApiRateLimits.WritePolicy)
            .WithMetadata(new AcceptedQuery(null),
                new ApiExample("POST /api/v1/submissions  {\"title\": \"В Казани открыли новую библиотеку\", \"text\": \"…\", \"link\": \"https://kazan.example/news/1\", \"region\": \"respublika-tatarstan\", \"rubric\": \"society\"}  (X-Api-Key: svk_…)",
                    """201 {"id": 12, "status": "pending", "title": "В Казани открыли новую библиотеку", …}"""));
        group.MapGet("/{id:long}", GetAsync).WithName("GetSubmission")
            .WithSummary("A submission's status (pending, approved, rejected) and, once approved, its article. Needs an API key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new AcceptedQuery(null), new ApiKeyRequired(),
                new ApiExample("GET /api/v1/submissions/12  (X-Api-Key: svk_…)", """{"id": 12, "status": "approved", "article_id": 5051, "article_path": "/article/5051", …}"""));
    }

    private static async Task<Created<ApiSubmission>> SubmitAsync(HttpContext context, ApiKeyCheck keys, ApiBody body, SubmissionOptions options,
        SubmissionIntake intake, SubmissionStore submissions, CancellationToken ct)
    {
        await keys.RequireAsync(context, ct);
        // The form's cap, not the API's: a text may be 20 000 characters, twice as many bytes in Cyrillic.
        var request = await body.ReadAsync<NewSubmissionRequest>(context.Request, ct, options.MaxBodyBytes);
        var form = new SubmissionForm
        {
            Title = request.Title ?? "", Text = request.Text ?? "", Link = request.Link ?? "",
            Region = request.Region ?? "", Rubric = request.Rubric ?? "", Contact = request.Contact ?? "",
        };
        var site = context.Features.Get<SiteFeature>()?.Site ?? throw new InvalidOperationException("SiteSelection did not run");
        switch (await intake.ReceiveAsync(form, site, SubmissionWords.English, ct))
        {
            case SubmissionOutcome.Queued queued:
                var stored = await submissions.GetAsync(queued.Id, ct) ?? throw new InvalidOperationException($"submission {queued.Id} vanished after it was queued");
                return TypedResults.Created($"/api/v1/submissions/{queued.Id}", ApiSubmission.From(stored));
            case SubmissionOutcome.Invalid invalid:
                var errors = invalid.Errors.ToDictionary(e => e.Key, e => Explain(e.Key, e.Value));
                throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")))
                {
                    Extensions = new Dictionary<string, object?> { ["errors"] = errors },
                };
            case SubmissionOutcome.Duplicate { ArticleId: { } article }:
                throw new ApiProblem(StatusCodes.Status409Conflict, $"duplicate: the site already has this news as article {article} (/api/v1/articles/{article}, /article/{article})")
                {
                    Extensions = new Dictionary<string, object?> { ["article_id"] = article, ["article_path"] = $"/article/{article}" },
                };
            default:
                throw new ApiProblem(StatusCodes.Status409Conflict, "duplicate: a submission with this link or headline is already waiting for an editor");
        }
    }

    private static async Task<Ok<ApiSubmission>> GetAsync(long id, HttpContext context, ApiKeyCheck keys, SubmissionStore submissions, CancellationToken ct)
    {
        await keys.RequireAsync(context, ct);
        return TypedResults.Ok(ApiSubmission.From(await submissions.GetAsync(id, ct) ?? throw ApiProblem.NotFound($"no submission {id}")));
    }

    /// <summary>The form's message, with where the valid values are listed.</summary>
    private static string Explain(string field, string message) => field switch
    {
        "region" => message + " (see /api/v1/regions)",
        "rubric" => message + " (see /api/v1/rubrics)",
        _ => message,
    };
}
