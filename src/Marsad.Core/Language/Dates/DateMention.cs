namespace Marsad.Core.Language.Dates;

/// <summary>
/// A date expression found in a text, with its span and the day it names.
/// </summary>
/// <param name="Text">The expression as written (a substring of the searched text).</param>
/// <param name="Start">Offset of the first character in the searched text (UTF-16 code units).</param>
/// <param name="End">Offset just after the last character (exclusive).</param>
/// <param name="Value">The Gregorian day the expression names.</param>
/// <param name="IsRelative">True when the value depends on the reference date (أمس، الخميس الماضي, a day and month without a year).</param>
public sealed record DateMention(string Text, int Start, int End, DateOnly Value, bool IsRelative);
