using System.Diagnostics;
using System.Globalization;

namespace Svodka.Bench.Web;

/// <summary>
/// CPU time spent so far by the server (this process: both sites and the bench's own idle loops; or the server
/// processes given) and, on PostgreSQL, by the backends serving the bench database (read from /proc, so on Linux
/// only). Differences over a wrk run divided by its requests give CPU per request, which other work on the machine
/// hardly moves.
/// </summary>
internal sealed class CpuMeter(string? postgres, IReadOnlyList<int>? servers = null)
{
    public sealed record Reading(TimeSpan Server, IReadOnlyDictionary<int, TimeSpan>? Database);

    public async Task<Reading> ReadAsync()
    {
        return new Reading(ServerCpu(), postgres is null ? null : await BackendsAsync(postgres));
    }

    private TimeSpan ServerCpu()
    {
        if (servers is not null) return servers.Aggregate(TimeSpan.Zero, (sum, pid) => sum + (ProcessCpu(pid) ?? TimeSpan.Zero));
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.TotalProcessorTime;
    }

    /// <summary>CPU of the backends between two readings; a backend that appeared in between counts from zero.</summary>
    public static TimeSpan? Spent(IReadOnlyDictionary<int, TimeSpan>? before, IReadOnlyDictionary<int, TimeSpan>? after) =>
        before is null || after is null ? null
            : after.Aggregate(TimeSpan.Zero, (sum, b) => sum + b.Value - before.GetValueOrDefault(b.Key));

    private static async Task<IReadOnlyDictionary<int, TimeSpan>?> BackendsAsync(string connectionString)
    {
        if (!Directory.Exists("/proc")) return null;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        var pids = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) pids.Add(reader.GetInt32(0));
        var times = new Dictionary<int, TimeSpan>();
        foreach (var pid in pids)
            if (ProcessCpu(pid) is { } t) times[pid] = t;
        return times;
    }

    /// <summary>utime + stime of a process from /proc/PID/stat, in clock ticks of 1/100 s (Linux's USER_HZ).</summary>
    private static TimeSpan? ProcessCpu(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
