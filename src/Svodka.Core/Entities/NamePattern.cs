using System.Collections.Frozen;

namespace Svodka.Core.Entities;

internal enum MentionKind : byte
{
    /// <summary>The entity's name or another name of it: «Владимирской области», «Подмосковье», «Белоруссии».</summary>
    Name,
    /// <summary>Its capital: «в Минске» is evidence for Belarus.</summary>
    Capital,
    /// <summary>Its adjective: «белорусский лидер» supports, never tags alone.</summary>
    Adjective,
    /// <summary>A person's first name and surname: «Ерланом Кошановым».</summary>
    FullName,
    /// <summary>A person's surname alone: counts only with support.</summary>
    Surname,
}

/// <summary>
/// One way an entity is written, as a sequence of token slots, each the set of folded forms the word takes.
/// A null slot is a patronymic («Александр Григорьевич Лукашенко»).
/// </summary>
internal sealed class NamePattern(EntityKind kind, string slug, MentionKind how, FrozenSet<string>?[] slots, bool[] capitalized, bool ambiguous)
{
    public EntityKind Kind { get; } = kind;
    public string Slug { get; } = slug;
    public MentionKind How { get; } = how;
    public FrozenSet<string>?[] Slots { get; } = slots;
    /// <summary>Slots whose word the gazetteer writes with a capital: the text must too («чили» is a pepper).</summary>
    public bool[] Capitalized { get; } = capitalized;
    /// <summary>Also a common word, first name or surname (Владимир, Орёл, Того): counts only in context.</summary>
    public bool Ambiguous { get; } = ambiguous;

    public int Length => Slots.Length;

    public override string ToString() => $"{Kind}:{Slug}:{How}";
}
