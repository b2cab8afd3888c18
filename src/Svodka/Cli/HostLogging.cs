using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Svodka.Cli;

/// <summary>Logging for the long-running verbs: one line per event, structured fields in the message.</summary>
internal static class HostLogging
{
    public static void Configure(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        if (configuration["Logging:Format"] == "json") logging.AddJsonConsole();
        else logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; o.UseUtcTimestamp = true; });
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        logging.AddFilter("System.Net.Http", LogLevel.Warning);
        logging.AddFilter("Polly", LogLevel.None); // each retry is noise; the collector logs the outcome
    }
}
