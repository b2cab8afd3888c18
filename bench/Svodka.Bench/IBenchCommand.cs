using System.Diagnostics;

namespace Svodka.Bench;

/// <summary>An end-to-end benchmark: runs once over real-sized input and prints its figures.</summary>
public interface IBenchCommand
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args);
}

/// <summary>What every end-to-end benchmark reports beside its own throughput.</summary>
public static class BenchReport
{
    public static string PeakMemory()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return $"peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB";
    }

    public static string Rate(long count, TimeSpan elapsed, string unit) =>
        $"{count:N0} {unit} in {elapsed.TotalSeconds:F2} s = {count / Math.Max(elapsed.TotalSeconds, 1e-9):N0} {unit}/s";

    /// <summary>The value after <paramref name="name"/> in args, or the default.</summary>
    public static string? Option(string[] args, string name, string? fallback = null)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
