using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Svodka.Storage;

/// <summary>
/// SQLite has no time type and EF stores DateTimeOffset there as text it cannot compare or sort in
/// SQL; as unix milliseconds ORDER BY and range filters translate and are correct across offsets.
/// </summary>
internal sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
