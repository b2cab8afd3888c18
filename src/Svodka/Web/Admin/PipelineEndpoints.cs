using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Svodka.Storage.Stats;
using Svodka.Storage.Submissions;

namespace Svodka.Web.Admin;

/// <summary>How the pipeline is doing: sources by status, articles, stories, what waits for analysis and stories, recent fetch errors.</summary>
public static class PipelineEndpoints
{
    private const int RecentErrors = 30;

    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/status", async (HttpContext context, PipelineStatsStore stats, SubmissionStore submissions, CancellationToken ct) =>
            AdminView.Page<PipelinePage>(new
            {
                View = AdminView.For(context),
                Stats = await stats.GetAsync(RecentErrors, ct),
                Pending = await submissions.CountAsync(SubmissionStatus.Pending, ct),
            }));
}
