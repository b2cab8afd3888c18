using System.Data.Common;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage;
using Svodka.Testing;
using Svodka.Tests.Web;

namespace Svodka.Tests.Api;

/// <summary>/healthz when the database goes away (PostgreSQL: its database is dropped under the running site).</summary>
public sealed class ApiHealthTests
{
    [Fact]
    public async Task Health_is_503_when_the_database_does_not_answer()
    {
        var server = PostgresTestServer.Require();
        await using var host = await PortalHost.StartAsync(onPostgres: true);
        Assert.Equal(HttpStatusCode.OK, (await ApiAnswer.GetAsync(host.Client(), "/healthz")).Status);

        var database = new DbConnectionStringBuilder { ConnectionString = host.Services.GetRequiredService<DatabaseTarget>().ConnectionString }["Database"];
        await PostgresTestServer.ExecuteAsync(server, $"DROP DATABASE \"{database}\" WITH (FORCE)", CancellationToken.None);

        var answer = await ApiAnswer.GetAsync(host.Client(), "/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal("unavailable", answer.Json.GetProperty("status").GetString());
        Assert.Equal("unreachable", answer.Json.GetProperty("database").GetString());
    }
}
