namespace Svodka.Storage.Articles;

/// <summary>A page of articles, newest first.</summary>
/// <param name="SourceId">Only articles this source carried.</param>
/// <param name="Since">Only articles listed at or after this time.</param>
public sealed record ArticleQuery(long? SourceId = null, DateTimeOffset? Since = null, int Take = 50, int Skip = 0)
{
    public const int MaxTake = 1000;
}
