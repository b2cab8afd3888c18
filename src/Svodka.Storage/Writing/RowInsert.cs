using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Svodka.Storage.Writing;

/// <summary>
/// Inserts many entities inside the context's current transaction without EF's change tracker,
/// which costs more per row than the database does: the ingest hot path. Columns, names and value
/// conversions come from the EF model, so it follows the schema on both providers. SQLite runs one
/// prepared single-row statement per row (in-process a row costs microseconds, while binding a
/// many-row statement's parameters by name is quadratic); PostgreSQL gets multi-row statements,
/// one round trip each.
/// </summary>
internal static class RowInsert
{
    // PostgreSQL allows 65535 parameters per statement.
    private const int MaxParameters = 30_000;

    public static async Task InsertAsync<T>(SvodkaDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var table = new Table(db, typeof(T));
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await using var command = table.Command(db, rowCount: 1, returning: null);
            foreach (var row in rows)
            {
                table.SetValues(command, 0, row);
                await command.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        foreach (var slice in Slices(rows, table.Columns.Count))
        {
            await using var command = table.Command(db, slice.Count, returning: null);
            for (var r = 0; r < slice.Count; r++) table.SetValues(command, r, slice[r]);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Inserts the rows, skipping those that would break a unique index (ON CONFLICT DO NOTHING),
    /// and returns their generated ids in row order, 0 for a skipped row. <paramref name="uniqueKey"/>
    /// names a property with a unique index that tells the rows apart: a multi-row RETURNING comes
    /// back in no promised order.
    /// </summary>
    public static async Task<long[]> InsertNewReturningIdsAsync<T>(SvodkaDb db, IReadOnlyList<T> rows, string uniqueKey,
        CancellationToken ct) where T : class
    {
        var table = new Table(db, typeof(T));
        var ids = new long[rows.Count];
        const string skipConflicts = " ON CONFLICT DO NOTHING";
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await using var command = table.Command(db, rowCount: 1, returning: table.IdColumn, skipConflicts);
            for (var r = 0; r < rows.Count; r++)
            {
                table.SetValues(command, 0, rows[r]);
                ids[r] = await command.ExecuteScalarAsync(ct) is { } id and not DBNull ? Convert.ToInt64(id) : 0;
            }
            return ids;
        }

        var key = table.Columns.Single(c => c.Name == uniqueKey);
        var offset = 0;
        foreach (var slice in Slices(rows, table.Columns.Count))
        {
            var position = new Dictionary<string, int>(slice.Count, StringComparer.Ordinal);
            for (var r = 0; r < slice.Count; r++)
                position[(string)key.GetGetter().GetClrValueUsingContainingEntity(slice[r])!] = offset + r;
            await using var command = table.Command(db, slice.Count, returning: $"{table.IdColumn}, {table.Delimit(key)}", skipConflicts);
            for (var r = 0; r < slice.Count; r++) table.SetValues(command, r, slice[r]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids[position[reader.GetString(1)]] = reader.GetInt64(0);
            offset += slice.Count;
        }
        return ids;
    }

    private static IEnumerable<List<T>> Slices<T>(IReadOnlyList<T> rows, int columns)
    {
        var perStatement = Math.Max(1, MaxParameters / columns);
        for (var i = 0; i < rows.Count; i += perStatement)
            yield return rows.Skip(i).Take(perStatement).ToList();
    }

    private sealed class Table
    {
        private readonly ISqlGenerationHelper sql;
        private readonly string name;

        public Table(SvodkaDb db, Type clrType)
        {
            var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped");
            sql = db.GetService<ISqlGenerationHelper>();
            name = sql.DelimitIdentifier(entity.GetTableName()!);
            var key = entity.FindPrimaryKey()!.Properties;
            // A single generated key (identity / autoincrement) is left to the database.
            Columns = entity.GetProperties()
                .Where(p => !(key.Count == 1 && p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
                .ToList();
            IdColumn = Delimit(key[0]);
        }

        public List<IProperty> Columns { get; }
        public string IdColumn { get; }

        public string Delimit(IProperty property) => sql.DelimitIdentifier(property.GetColumnName());

        public DbCommand Command(SvodkaDb db, int rowCount, string? returning, string onConflict = "")
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var text = new StringBuilder(64 + rowCount * Columns.Count * 8);
            text.Append("INSERT INTO ").Append(name).Append(" (").AppendJoin(", ", Columns.Select(Delimit)).Append(") VALUES ");
            for (var r = 0; r < rowCount; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Count; c++)
                {
                    var parameter = "@p" + (r * Columns.Count + c);
                    text.Append(c == 0 ? "" : ", ").Append(parameter);
                    command.Parameters.Add(Columns[c].GetRelationalTypeMapping().CreateParameter(command, parameter, null, Columns[c].IsNullable));
                }
                text.Append(')');
            }
            text.Append(onConflict);
            if (returning is not null) text.Append(" RETURNING ").Append(returning);
            command.CommandText = text.ToString();
            return command;
        }

        /// <summary>Sets row <paramref name="r"/>'s parameters to the entity's values, converted for the provider.</summary>
        public void SetValues(DbCommand command, int r, object entity)
        {
            for (var c = 0; c < Columns.Count; c++)
            {
                var column = Columns[c];
                var value = column.GetGetter().GetClrValueUsingContainingEntity(entity);
                if (value is not null && column.GetRelationalTypeMapping().Converter is { } converter)
                    value = converter.ConvertToProvider(value);
                command.Parameters[r * Columns.Count + c].Value = value ?? DBNull.Value;
            }
        }
    }
}
