using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Svodka.Storage.Submissions;
using Svodka.Submissions;
using Svodka.Web.Forms;
using Svodka.Web.Vocabulary;

namespace Svodka.Web.Admin;

/// <summary>The moderation queue: readers' items to approve (published through the pipeline), edit or reject.</summary>
public static class ModerationEndpoints
{
    private const int QueuePage = 50;

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/", QueueAsync);
        admin.MapGet("/submissions/{id:long}", EditAsync);
        admin.MapPost("/submissions/{id:long}", SaveAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
        admin.MapPost("/submissions/{id:long}/approve", ApproveAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
        admin.MapPost("/submissions/{id:long}/reject", RejectAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
    }

    private static async Task<IResult> QueueAsync(HttpContext context, SubmissionStore submissions, CancellationToken ct)
    {
        var pending = await submissions.ListAsync(SubmissionStatus.Pending, QueuePage, ct);
        var waiting = pending.Count < QueuePage ? pending.Count : await submissions.CountAsync(SubmissionStatus.Pending, ct);
        return AdminView.Page<ModerationPage>(new { View = AdminView.For(context), Pending = pending, Waiting = waiting });
    }

    private static async Task<IResult> EditAsync(HttpContext context, long id, SubmissionStore submissions, CancellationToken ct)
    {
        var submission = await submissions.GetAsync(id, ct);
        if (submission is null) return Results.NotFound();
        return Edit(context, submission, SubmissionForm.From(submission), new Dictionary<string, string>());
    }

    private static async Task<IResult> SaveAsync(HttpContext context, long id, SubmissionStore submissions, PortalVocabulary vocabulary, CancellationToken ct)
    {
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return AdminView.Expired();
        var submission = await submissions.GetAsync(id, ct);
        if (submission is null) return Results.NotFound();
        var form = SubmissionForm.Read(fields);
        var (content, errors) = form.Check(vocabulary.Gazetteer, SubmissionWords.Russian);
        if (content is null) return Edit(context, submission, form, errors, StatusCodes.Status422UnprocessableEntity);
        return AdminView.Back("/admin", await submissions.UpdateAsync(id, content, ct) ? "saved" : "gone");
    }

    private static async Task<IResult> ApproveAsync(HttpContext context, long id, SubmissionPublisher publisher, CancellationToken ct)
    {
        if (await FormPost.ReadAsync(context) is null) return AdminView.Expired();
        var article = await publisher.ApproveAsync(id, AdminWeb.UserName(context), ct);
        return AdminView.Back("/admin", article is null ? "gone" : "approved");
    }

    private static async Task<IResult> RejectAsync(HttpContext context, long id, SubmissionStore submissions, CancellationToken ct)
    {
        if (await FormPost.ReadAsync(context) is null) return AdminView.Expired();
        var done = await submissions.DecideAsync(id, SubmissionStatus.Rejected, AdminWeb.UserName(context), null, ct);
        return AdminView.Back("/admin", done ? "rejected" : "gone");
    }

    private static IResult Edit(HttpContext context, SubmissionRecord submission, SubmissionForm form, IReadOnlyDictionary<string, string> errors, int status = 200) =>
        AdminView.Page<SubmissionEditPage>(new { View = AdminView.For(context), Submission = submission, Form = form, Errors = errors }, status);
}
