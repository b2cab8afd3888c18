namespace Svodka.Storage.Sources;

public enum SourceStatus
{
    /// <summary>Added, not fetched yet.</summary>
    New,
    /// <summary>The last fetch succeeded.</summary>
    Ok,
    /// <summary>The last fetch failed; see LastError.</summary>
    Failing,
}
