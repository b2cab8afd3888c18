using Svodka.Core.Entities;

namespace Svodka.Core.Text;

/// <summary>URL slugs from names, with the transliteration the gazetteers' slugs use («Столичный вестник» → «stolichnyy-vestnik»).</summary>
public static class Slugs
{
    public static string FromName(string name) => Transliteration.Slug(name);
}
