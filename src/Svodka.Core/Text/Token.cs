namespace Svodka.Core.Text;

public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, hyphens or apostrophes inside: «Нур-Султан», «COVID-19», «м'ясо».</summary>
    Word,
    /// <summary>Digits with decimal separators inside: «2024», «3,5», «1.25».</summary>
    Number,
    /// <summary>A dotted abbreviation («т.е.», «U.S.», «ул.») or an acronym in capitals («МВД», «NATO»).</summary>
    Abbreviation,
}

/// <summary>One token as it stands in the text: its surface form, kind and where it starts.</summary>
public readonly record struct Token(string Text, TokenKind Kind, int Offset)
{
    public int Length => Text.Length;
    public int End => Offset + Text.Length;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}

/// <summary>Where a token stands, without its text: what the allocation-free scan yields.</summary>
public readonly record struct TokenSpan(int Offset, int Length, TokenKind Kind)
{
    public int End => Offset + Length;
}
