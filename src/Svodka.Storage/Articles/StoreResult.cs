namespace Svodka.Storage.Articles;

/// <param name="New">Drafts stored as new articles.</param>
/// <param name="Seen">Drafts that were articles already (linked to this source if they were not yet).</param>
/// <param name="Rejected">Drafts that cannot be stored: no canonical URL, or one too long to index.</param>
public sealed record StoreResult(int New, int Seen, int Rejected = 0);
