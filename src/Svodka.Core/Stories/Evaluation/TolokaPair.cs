namespace Svodka.Core.Stories.Evaluation;

/// <summary>One labelled pair of the Toloka clustering pools: two articles and whether they report the same event.</summary>
public sealed record TolokaPair(PairArticle First, PairArticle Second, bool SameStory);

/// <summary>An article as a pair file gives it: URL (its identity), title and the first lines of its text.</summary>
public sealed record PairArticle(string Url, string Title, string Text);
