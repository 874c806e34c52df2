namespace Marsad.Core.Language;

/// <summary>
/// Splits text into raw tokens without allocating: use it in a <c>foreach</c>
/// (<c>foreach (var t in new ArabicTokenizer(text))</c>). White space separates tokens and belongs to none.
/// Rules:
/// <list type="bullet">
/// <item>a word is a run of letters of one script (Arabic or other) with their combining marks, tatweel and zero-width joiners;</item>
/// <item>a number is a run of digits of any script, with inner separators (. , ٫ ٬) between digits: 3.5, 1,200, ٣٫٥;</item>
/// <item>a change from letters to digits or between Arabic and Latin letters starts a new token (و3 → و, 3);</item>
/// <item>each punctuation mark is a token, except that a run of the same mark (..., !!) is one;</item>
/// <item>anything else that is not white space is a symbol, a surrogate pair (emoji) kept whole.</item>
/// </list>
/// </summary>
public ref struct ArabicTokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    /// <summary>Starts tokenizing <paramref name="text"/>.</summary>
    public ArabicTokenizer(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The token found by the last <see cref="MoveNext"/>.</summary>
    public TokenBounds Current { get; private set; }

    /// <summary>Returns this enumerator, so the tokenizer can be used in <c>foreach</c>.</summary>
    public readonly ArabicTokenizer GetEnumerator() => this;

    /// <summary>Finds the next token; false at the end of the text.</summary>
    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length && CharClasses.Of(text[i]) == CharClass.Space)
        {
            i++;
        }
        if (i >= text.Length)
        {
            _position = i;
            return false;
        }
        var start = i;
        var cls = CharClasses.Of(text[i]);
        TokenKind kind;
        switch (cls)
        {
            case CharClass.ArabicLetter or CharClass.OtherLetter:
                kind = TokenKind.Word;
                i = ScanWord(text, i + 1, cls);
                break;
            case CharClass.Digit:
                kind = TokenKind.Number;
                i = ScanNumber(text, i + 1);
                break;
            case CharClass.Punctuation:
                kind = TokenKind.Punctuation;
                var mark = text[i++];
                while (i < text.Length && text[i] == mark)
                {
                    i++;
                }
                break;
            case CharClass.HighSurrogate:
                kind = TokenKind.Symbol;
                i += i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                break;
            default:
                kind = TokenKind.Symbol;
                i = ScanMarks(text, i + 1);
                break;
        }
        _position = i;
        Current = new TokenBounds(start, i, kind);
        return true;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i, CharClass script)
    {
        while (i < text.Length)
        {
            var c = CharClasses.Of(text[i]);
            if (c == script || c == CharClass.Mark)
            {
                i++;
            }
            else if (c == CharClass.Joiner && i + 1 < text.Length && CharClasses.Of(text[i + 1]) == script)
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            var cls = CharClasses.Of(c);
            if (cls == CharClass.Digit || cls == CharClass.Mark)
            {
                i++;
            }
            else if (c is '.' or ',' or '\u066B' or '\u066C' && i + 1 < text.Length && CharClasses.Of(text[i + 1]) == CharClass.Digit)
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int ScanMarks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharClasses.Of(text[i]) == CharClass.Mark)
        {
            i++;
        }
        return i;
    }
}
