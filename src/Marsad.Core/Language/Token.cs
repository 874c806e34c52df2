namespace Marsad.Core.Language;

/// <summary>
/// One token of an <see cref="AnalyzedText"/>. Offsets are into <see cref="AnalyzedText.Text"/>
/// (UTF-16 code units, end exclusive).
/// </summary>
/// <param name="Start">Start of the surface word, clitics included.</param>
/// <param name="End">End of the surface word, clitics included.</param>
/// <param name="BaseStart">Start of the word without its proclitics.</param>
/// <param name="BaseEnd">End of the word without its enclitic pronoun.</param>
/// <param name="Kind">Word, number, punctuation or symbol.</param>
/// <param name="Text">The surface text, as in the original.</param>
/// <param name="Norm">
/// The normalized base: clitics removed and <see cref="ArabicNormalizer"/> applied; a teh marbuta
/// written as teh before a pronoun is restored (حكومته → حكومه).
/// </param>
/// <param name="Stem">The light stem of <see cref="Norm"/> (suffixes only, as its proclitics are already gone) in name-safe mode (equal to it for numbers, punctuation and names).</param>
/// <param name="Prefixes">The normalized proclitics in reading order, for example <c>["و", "ب", "ال"]</c>.</param>
/// <param name="Suffixes">The normalized enclitic pronoun, if any, for example <c>["ها"]</c>.</param>
public sealed record Token(
    int Start,
    int End,
    int BaseStart,
    int BaseEnd,
    TokenKind Kind,
    string Text,
    string Norm,
    string Stem,
    IReadOnlyList<string> Prefixes,
    IReadOnlyList<string> Suffixes);
