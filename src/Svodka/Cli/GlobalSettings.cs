using System.ComponentModel;
using Spectre.Console.Cli;

namespace Svodka.Cli;

/// <summary>Options every verb takes: where the data lives and which database to use.</summary>
public class GlobalSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Data directory (SQLite database, caches). Default ./data, or SVODKA_DATA.")]
    public string? Data { get; init; }

    [CommandOption("--db <CONNECTION>")]
    [Description("A SQLite file path, or a PostgreSQL connection string (Host=…;Database=…). Default DATA/svodka.db, or SVODKA_DB.")]
    public string? Db { get; init; }

    /// <summary>The data directory after defaults: --data, SVODKA_DATA, ./data.</summary>
    public virtual string DataDirectory =>
        Path.GetFullPath(Data ?? Environment.GetEnvironmentVariable("SVODKA_DATA") ?? "data");

    public string? Database => Db ?? Environment.GetEnvironmentVariable("SVODKA_DB");
}
