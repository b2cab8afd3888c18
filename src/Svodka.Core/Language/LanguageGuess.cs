namespace Svodka.Core.Language;

/// <summary>
/// A detected language: an ISO 639-1 code of a language Svodka serves (<see cref="LanguageDetector.Served"/>)
/// or <see cref="LanguageGuess.Other"/>, with a confidence in [0, 1].
/// </summary>
public readonly record struct LanguageGuess(string Code, double Confidence)
{
    public const string Other = "other";
    public bool IsOther => Code == Other;
}
