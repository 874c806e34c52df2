namespace Marsad.Core.Language;

/// <summary>The classes of characters the tokenizer tells apart.</summary>
internal enum CharClass : byte
{
    Space,
    ArabicLetter,
    OtherLetter,
    Mark,
    Digit,
    Punctuation,
    Symbol,
    Joiner,
    HighSurrogate,
}
