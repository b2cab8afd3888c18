using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Svodka.Cli;

internal static class CliFormat
{
    public static string Time(DateTimeOffset? t) =>
        t is null ? "" : t.Value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string Shorten(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : text[..(max - 1)] + "…";
}

internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Print<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
