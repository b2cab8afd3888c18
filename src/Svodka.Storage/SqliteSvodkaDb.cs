using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage;

public sealed class SqliteSvodkaDb(DbContextOptions<SqliteSvodkaDb> options) : SvodkaDb(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
}
