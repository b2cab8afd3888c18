using Microsoft.Extensions.Configuration;

namespace Svodka.Web.Vocabulary;

/// <summary>
/// The portal's vocabulary in use. It is read again when an admin reloads the gazetteer and swapped in one
/// reference; PortalVocabulary is resolved per request (registered as the current one), so the next page names
/// the new regions and people and their pages answer.
/// </summary>
public sealed class ReloadableVocabulary(IConfiguration configuration)
{
    private volatile PortalVocabulary current = PortalVocabulary.Load(configuration);

    public PortalVocabulary Current => current;

    /// <summary>Reads the files again; throws (the old vocabulary stays) when one is missing or broken.</summary>
    public void Reload() => current = PortalVocabulary.Load(configuration);
}
