namespace Svodka.Core.Stories;

/// <summary>One stemmed term of an article or story with its weight before IDF (sublinear term frequency).</summary>
public readonly record struct TermWeight(string Term, float Weight);
