using System.Text.Encodings.Web;
using System.Text.Json;

namespace Svodka.Core.Tgnews;

/// <summary>
/// Writes a task's output in exactly the contest's JSON shapes, UTF-8 with Cyrillic and other letters as they
/// are (not \u escapes):
/// languages <c>[{"lang_code", "articles"}]</c>, news <c>{"articles"}</c>, categories <c>[{"category", "articles"}]</c>,
/// threads <c>[{"title", "articles"}]</c>, top <c>[{"category", "threads": [{"title", "category", "articles"}]}]</c>.
/// </summary>
public static class TgnewsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, TgnewsResult result)
    {
        using var w = new Utf8JsonWriter(output, Options);
        switch (result.Task)
        {
            case TgnewsTask.Languages:
                w.WriteStartArray();
                foreach (var g in result.Languages)
                {
                    w.WriteStartObject();
                    w.WriteString("lang_code", g.LangCode);
                    Articles(w, g.Articles);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case TgnewsTask.News:
                w.WriteStartObject();
                Articles(w, result.News!);
                w.WriteEndObject();
                break;
            case TgnewsTask.Categories:
                w.WriteStartArray();
                foreach (var g in result.Categories!)
                {
                    w.WriteStartObject();
                    w.WriteString("category", g.Category);
                    Articles(w, g.Articles);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case TgnewsTask.Threads:
                w.WriteStartArray();
                foreach (var t in result.Threads!)
                {
                    w.WriteStartObject();
                    w.WriteString("title", t.Title);
                    Articles(w, t.Articles);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case TgnewsTask.Top:
                w.WriteStartArray();
                foreach (var c in result.Top!)
                {
                    w.WriteStartObject();
                    w.WriteString("category", c.Category);
                    w.WriteStartArray("threads");
                    foreach (var t in c.Threads)
                    {
                        w.WriteStartObject();
                        w.WriteString("title", t.Title);
                        w.WriteString("category", t.Category);
                        Articles(w, t.Articles);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(result), result.Task, "unknown task");
        }
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The output as a string (tests, small runs).</summary>
    public static string ToJson(TgnewsResult result)
    {
        using var stream = new MemoryStream();
        Write(stream, result);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Articles(Utf8JsonWriter w, IReadOnlyList<string> articles)
    {
        w.WriteStartArray("articles");
        foreach (var a in articles) w.WriteStringValue(a);
        w.WriteEndArray();
    }
}
