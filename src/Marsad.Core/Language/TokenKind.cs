namespace Marsad.Core.Language;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (Arabic or Latin) with their diacritics and tatweel.</summary>
    Word,

    /// <summary>Digits (Western, Arabic-Indic or Persian) with inner separators, as in 3.5 or 1,200.</summary>
    Number,

    /// <summary>One punctuation mark (Arabic ، ؛ ؟ and quotes « » “ ” included), or a run of the same mark (...).</summary>
    Punctuation,

    /// <summary>Anything else that is not white space: currency, math and other symbols, emoji.</summary>
    Symbol,
}
