using Microsoft.EntityFrameworkCore;

namespace Svodka.Storage;

public sealed class PostgresSvodkaDb(DbContextOptions<PostgresSvodkaDb> options) : SvodkaDb(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
