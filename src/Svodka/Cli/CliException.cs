namespace Svodka.Cli;

/// <summary>A problem with what the user asked for: printed as one line, exit code 1 (2 for usage).</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
