using System.Text.RegularExpressions;

namespace Svodka.Ingest.Feeds;

/// <summary>RSS puts an e-mail address in author ("editor@ria.ru (Иван Петров)"); the model wants the name.</summary>
internal static partial class FeedAuthors
{
    public static string? NameOf(string? author)
    {
        var text = FeedText.Plain(author);
        if (text is null) return null;
        var match = EmailThenName().Match(text);
        if (match.Success) return match.Groups[1].Value.Trim();
        match = NameThenEmail().Match(text);
        if (match.Success) return match.Groups[1].Value.Trim().Trim('"');
        return text;
    }

    // "email@example.org (Author Name)"
    [GeneratedRegex(@"^\S+@\S+\s*\((.+)\)$")]
    private static partial Regex EmailThenName();

    // "Author Name (email@example.org)", "Author Name <email@example.org>"
    [GeneratedRegex(@"^(.+?)\s*[(<]\S+@[^\s)>]+[)>]$")]
    private static partial Regex NameThenEmail();
}
