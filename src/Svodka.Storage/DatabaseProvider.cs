namespace Svodka.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
