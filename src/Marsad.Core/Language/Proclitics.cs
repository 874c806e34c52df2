namespace Marsad.Core.Language;

/// <summary>The proclitics a word may carry, in the order they are written (و/ف, then ب/ك/ل/س, then ال).</summary>
[Flags]
public enum Proclitics
{
    /// <summary>No proclitic.</summary>
    None = 0,

    /// <summary>و, the conjunction "and".</summary>
    Wa = 1,

    /// <summary>ف, the conjunction "so, then".</summary>
    Fa = 2,

    /// <summary>ب, the preposition "with, in, by".</summary>
    Bi = 4,

    /// <summary>ك, the preposition "like, as".</summary>
    Ka = 8,

    /// <summary>ل, the preposition "for, to" (written لل before the article).</summary>
    Li = 16,

    /// <summary>س, the future marker before an imperfect verb.</summary>
    Sa = 32,

    /// <summary>ال, the definite article.</summary>
    Al = 64,
}
