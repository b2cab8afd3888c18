using Microsoft.EntityFrameworkCore.Design;

namespace Svodka.Storage;

// dotnet-ef builds the model through these to generate migrations; no database is opened.
//   dotnet ef migrations add NAME --project src/Svodka.Storage --context SqliteSvodkaDb --output-dir Migrations/Sqlite
//   dotnet ef migrations add NAME --project src/Svodka.Storage --context PostgresSvodkaDb --output-dir Migrations/Postgres

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSvodkaDb>
{
    public SqliteSvodkaDb CreateDbContext(string[] args) =>
        new(SvodkaDbFactory.SqliteOptions("Data Source=svodka-design.db"));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSvodkaDb>
{
    public PostgresSvodkaDb CreateDbContext(string[] args) =>
        new(SvodkaDbFactory.PostgresOptions("Host=localhost;Database=svodka"));
}
