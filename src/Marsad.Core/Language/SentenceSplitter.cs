namespace Marsad.Core.Language;

/// <summary>
/// Groups tokens into sentences.
/// Rules:
/// <list type="bullet">
/// <item>a line break between two tokens ends a sentence (paragraphs, headlines, list items);</item>
/// <item>terminal punctuation (. ! ? ؟ … and runs of them) ends a sentence, with the closing quotes and brackets right after it;</item>
/// <item>inside quotes (« » “ ” and straight quotes) terminal punctuation does not end the sentence: قال: «انتهى. سنعود» وأضاف… is one sentence;
/// a quotation still open <see cref="LongestQuotation"/> characters after its mark is taken for a stray mark, and ends no longer hold;</item>
/// <item>a point right after a single letter (د. م. U.S. أ.ف.ب) or a known Latin abbreviation (Mr. Dr.) is an abbreviation, not an end;
/// so is a point between two short words with no space around it (آر.بي.جي);</item>
/// <item>a point after a number that opens its line (1. 2.) numbers a list item;</item>
/// <item>numbers keep their points (3.5, 12.08.2015 are single tokens) and datelines (الرياض - واس -) hold no terminal punctuation, so neither ends a sentence.</item>
/// </list>
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> LatinAbbreviations =
        new(["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "gen", "col", "lt", "sgt", "no", "vs", "etc", "jan", "feb", "aug", "sept", "oct", "nov", "dec"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = LatinAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How far (UTF-16 code units) an open quotation holds terminal punctuation together. A quotation longer than a
    /// long paragraph is a mark left unclosed (an odd count of straight quotes): honoured, it made one sentence of whole
    /// articles (5,000 characters) and let the event coder read actors and dates across them.
    /// </summary>
    internal const int LongestQuotation = 600;

    /// <summary>The sentences of <paramref name="text"/>, whose tokens (in order) are <paramref name="tokens"/>.</summary>
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        var first = 0;
        var depth = 0;
        var opened = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i > first && text.AsSpan(tokens[i - 1].End, t.Start - tokens[i - 1].End).ContainsAny('\n', '\r'))
            {
                sentences.Add(Make(tokens, first, i));
                first = i;
                depth = 0;
            }
            if (t.Kind != TokenKind.Punctuation)
            {
                continue;
            }
            var change = QuoteChange(t.Text, depth);
            if (depth == 0 && change > 0)
            {
                opened = t.Start;
            }
            depth = Math.Max(0, depth + change);
            if (depth > 0 && IsTerminal(t.Text) && t.Start - opened > LongestQuotation)
            {
                depth = 0;
            }
            // A quotation closing right after its own terminal mark («انتهى.») ends the sentence around it.
            var closesSentence = change < 0 && depth == 0 && i > first && IsTerminal(tokens[i - 1].Text) && tokens[i - 1].End == t.Start;
            if (!closesSentence && (depth > 0 || !IsTerminal(t.Text) || IsAbbreviation(text, tokens, first, i)))
            {
                continue;
            }
            var end = i + 1;
            while (end < tokens.Count && IsCloser(tokens[end]) && tokens[end].Start == tokens[end - 1].End)
            {
                end++;
            }
            sentences.Add(Make(tokens, first, end));
            first = end;
            i = end - 1;
        }
        if (first < tokens.Count)
        {
            sentences.Add(Make(tokens, first, tokens.Count));
        }
        return sentences;
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int first, int end) =>
        new(tokens[first].Start, tokens[end - 1].End, first, end - first);

    private static int QuoteChange(string mark, int depth) => mark[0] switch
    {
        '«' or '“' or '‹' => 1,
        '»' or '”' or '›' => -1,
        '"' => depth > 0 ? -1 : 1,
        _ => 0,
    };

    private static bool IsTerminal(string mark) => mark.Length > 0 && mark[0] is '.' or '!' or '?' or '؟' or '…' or '‼' or '۔';

    private static bool IsCloser(Token t) =>
        t.Kind == TokenKind.Punctuation && t.Text[0] is '»' or '”' or '"' or ')' or ']' or '›' or '’' or '\'';

    private static bool IsAbbreviation(string text, IReadOnlyList<Token> tokens, int first, int i)
    {
        var point = tokens[i];
        if (point.Text != "." || i == 0 || tokens[i - 1].End != point.Start)
        {
            return false;
        }
        var previous = tokens[i - 1];
        if (previous.Kind == TokenKind.Word)
        {
            return previous.Norm.Length + previous.Prefixes.Sum(p => p.Length) <= 1 || Abbreviations.Contains(previous.Text)
                || InnerPoint(tokens, i);
        }
        // A number opening its line, like "1." before a list item; a year or amount ends its sentence normally.
        return previous.Kind == TokenKind.Number && i - 1 == first && previous.Text.Length <= 2 && (previous.Start == 0 || text[previous.Start - 1] is '\n' or '\r');
    }

    // آر.بي.جي، سي.ان.ان: a point between two short words (up to three letters each) of one script with no space on either side
    // joins the letters of an abbreviation; a sentence's end is followed by a space. Not a Latin word before an Arabic one
    // (لترتيب GTA.كما تابع: a space left out at a sentence's end), nor a word that opens with و (بشكل خاص.وفي هذه الأيام: no
    // letter's name does).
    private static bool InnerPoint(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Word } next && next.Start == tokens[i].End
        && next.Text.Length <= 3 && next.Text[0] != 'و' && tokens[i - 1].Text.Length <= 3 && IsArabic(next.Text[0]) == IsArabic(tokens[i - 1].Text[0]);

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
