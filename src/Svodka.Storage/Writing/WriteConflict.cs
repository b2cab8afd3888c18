using Microsoft.Data.Sqlite;
using Npgsql;

namespace Svodka.Storage.Writing;

/// <summary>
/// Errors that mean another writer got there first (inserted the same article, deleted the source,
/// or deadlocked with us): the transaction is retried and then sees what the other one committed.
/// </summary>
internal static class WriteConflict
{
    public const int MaxAttempts = 8;

    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintForeignKey = 787;

    public static bool IsUniqueViolation(Exception error) => Find(error, unique: true, other: false);

    public static bool IsRetryable(Exception error) => Find(error, unique: true, other: true);

    private static bool Find(Exception error, bool unique, bool other)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteConstraint } sqlite:
                    if (unique && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey) return true;
                    if (other && sqlite.SqliteExtendedErrorCode is SqliteConstraintForeignKey) return true;
                    break;
                case PostgresException postgres:
                    if (unique && postgres.SqlState == PostgresErrorCodes.UniqueViolation) return true;
                    if (other && postgres.SqlState is PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.DeadlockDetected
                            or PostgresErrorCodes.SerializationFailure) return true;
                    break;
            }
        }
        return false;
    }
}
