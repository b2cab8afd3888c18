namespace Svodka.Storage.Stats;

public sealed record StorageStats(long Sources, long Articles, long Stories, long FailingSources);
