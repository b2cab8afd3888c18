using System.Buffers;
using System.Text;
using Svodka.Core.Tgnews;

namespace Svodka.Stories;

/// <summary>The *.html files below a folder in path order, and one page read from them (a malformed file skipped with a warning).</summary>
public static class ContestDirectory
{
    public static List<string> Files(string root)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"{root}: no such directory");
        var files = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new FileNotFoundException($"{root}: no *.html files below it");
        return files;
    }

    /// <summary>The page in a file, or null (with a warning on stderr) when it cannot be read or is not a contest page.</summary>
    public static ContestPage? TryRead(string path)
    {
        try
        {
            return ContestPage.Parse(ReadText(path), path);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warning: skipped {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// A page's text, read in one call and decoded as UTF-8 (the contest's encoding; a UTF-8 byte-order mark is
    /// skipped, a UTF-16 one hands the file to <see cref="File.ReadAllText(string)"/>). On thousands of 5 KB pages
    /// File.ReadAllText's file stream, reader buffers and growing builder cost more than the bytes.
    /// </summary>
    internal static string ReadText(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > 256 * 1024 * 1024) throw new IOException($"{path}: {length} bytes is too large for a page");
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n && n > 0) read += n;
            var bytes = buffer.AsSpan(0, read);
            if (bytes.StartsWith(Encoding.UTF8.Preamble)) return Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
            if (bytes.StartsWith(Encoding.Unicode.Preamble) || bytes.StartsWith(Encoding.BigEndianUnicode.Preamble)) return File.ReadAllText(path);
            return Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
