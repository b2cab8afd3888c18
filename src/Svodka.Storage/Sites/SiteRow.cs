using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage.Sites;

/// <summary>
/// A portal site an operator added or changed: its definition is the same JSON object config/sites.json
/// holds for it, so one reader serves both and nothing is lost between the file and the table.
/// </summary>
public sealed class SiteRow
{
    /// <summary>The site's key («moskva»): the one config/sites.json uses, so a row can override a shipped site.</summary>
    public required string Key { get; set; }
    public required string Definition { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }

    internal static void Configure(ModelBuilder model) => model.Entity<SiteRow>(site =>
    {
        site.ToTable("sites");
        site.HasKey(s => s.Key);
        site.Property(s => s.Key).HasMaxLength(64);
    });
}
