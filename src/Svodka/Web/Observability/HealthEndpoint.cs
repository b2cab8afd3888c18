using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Svodka.Collecting;
using Svodka.Storage;
using Svodka.Stories;

namespace Svodka.Web.Observability;

/// <summary>
/// /healthz: 200 while the database answers, 503 when it does not, with whether this process's collector and
/// story workers are running (they are absent under `serve --role web`, where another process runs them).
/// </summary>
public static class HealthEndpoint
{
    public sealed record WorkerHealth(bool Running, DateTimeOffset? LastPass = null);
    public sealed record Health(string Status, string Database, IReadOnlyDictionary<string, WorkerHealth> Workers, string? Error = null);

    public static void Map(WebApplication app) =>
        app.MapGet("/healthz", CheckAsync)
            .WithSummary("200 with {status, database, workers} while the database answers; 503 when it does not.")
            .Produces<Health>()
            .Produces<Health>(StatusCodes.Status503ServiceUnavailable)
            .CacheOutput(policy => policy.NoCache());

    private static async Task<IResult> CheckAsync(IDbContextFactory<SvodkaDb> factory, IServiceProvider services, ILoggerFactory logs, CancellationToken ct)
    {
        var workers = Workers(services);
        try
        {
            await using var db = factory.CreateDbContext();
            // A query, not just a connection: a database without the schema is not healthy either.
            await db.Sources.AnyAsync(ct);
            return TypedResults.Json(new Health("ok", "ok", workers));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logs.CreateLogger("Svodka.Health").LogWarning(e, "health check: the database does not answer");
            return TypedResults.Json(new Health("unavailable", "unreachable", workers, e.GetBaseException().Message),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static Dictionary<string, WorkerHealth> Workers(IServiceProvider services)
    {
        var hosted = services.GetServices<IHostedService>().ToList();
        var workers = new Dictionary<string, WorkerHealth>(StringComparer.Ordinal);
        if (hosted.OfType<CollectorWorker>().FirstOrDefault() is { } collector)
            workers["collector"] = new WorkerHealth(Running(collector), collector.LastPass);
        if (hosted.OfType<StoryWorker>().FirstOrDefault() is { } stories)
            workers["stories"] = new WorkerHealth(Running(stories));
        return workers;
    }

    private static bool Running(BackgroundService worker) => worker.ExecuteTask is { IsCompleted: false };
}
