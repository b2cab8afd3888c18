namespace Svodka.Storage.Sources;

public sealed class SourceExistsException(SourceRecord existing)
    : Exception($"The feed {existing.FeedUrl} is already source #{existing.Id}" +
                (existing.Title is null ? "" : $" ({existing.Title})"))
{
    public SourceRecord Existing { get; } = existing;
}
