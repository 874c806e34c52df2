using System.Buffers;

namespace Marsad.Core.Language;

/// <summary>
/// Reads Arabic text the way every stage of Marsad needs it: tokens with offsets into the
/// original text, clitics split off, normalized bases, light stems and sentences.
/// Two ways in: <see cref="Analyze"/> builds an <see cref="AnalyzedText"/> for the pipeline;
/// <see cref="Stream{TSink}"/> hands out spans without allocating, for hot loops (indexing, benchmarks).
/// Steps, per token: <see cref="ArabicTokenizer"/>, <see cref="ArabicNormalizer"/>,
/// <see cref="CliticSegmenter"/> (Arabic words only), <see cref="LightStemmer.StemBase"/> in <see cref="StemMode.NameSafe"/>;
/// then <see cref="SentenceSplitter"/> over the tokens. The segmentation and stem of each distinct
/// word are computed once and remembered (up to a fixed number of words), which is what makes the
/// streaming path fast on news text.
/// </summary>
public sealed class ArabicAnalyzer
{
    private const int InitialBuffer = 64;

    /// <summary>The analyzer with the built-in lexicons; it holds no state and is safe to share between threads.</summary>
    public static ArabicAnalyzer Default { get; } = new();

    private ArabicAnalyzer()
    {
    }

    /// <summary>Analyzes <paramref name="text"/> into tokens and sentences.</summary>
    public AnalyzedText Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new Collector(text);
        Stream(text, ref sink);
        return new AnalyzedText(text, SentenceSplitter.Split(text, sink.Tokens), sink.Tokens);
    }

    /// <summary>Analyzes <paramref name="text"/> token by token, handing each to <paramref name="sink"/>.</summary>
    public void Stream<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : ITokenSink
    {
        var norm = ArrayPool<char>.Shared.Rent(InitialBuffer);
        var baseBuffer = ArrayPool<char>.Shared.Rent(InitialBuffer);
        var map = ArrayPool<int>.Shared.Rent(InitialBuffer);
        try
        {
            foreach (var bounds in new ArabicTokenizer(text))
            {
                var surface = text[bounds.Start..bounds.End];
                var needed = ArabicNormalizer.GetMaxNormalizedLength(surface.Length);
                if (needed > norm.Length)
                {
                    Grow(ref norm, needed);
                    Grow(ref baseBuffer, needed);
                    Grow(ref map, needed);
                }
                var length = ArabicNormalizer.Normalize(surface, norm, map);
                var normalized = norm.AsSpan(0, length);
                if (bounds.Kind != TokenKind.Word)
                {
                    sink.Accept(new TokenView(bounds, bounds.Start, bounds.End, normalized, normalized, Segmentation.None));
                    continue;
                }
                var tehMarbuta = EndsInTehMarbuta(surface);
                var analysis = WordAnalysisCache.Get(normalized, tehMarbuta, baseBuffer);
                // The article is written with a bare alef: أل, إل or آل in the original is a word's first letters (ألحانه is الحان + ه).
                if ((analysis.Segmentation.Proclitics & Proclitics.Al) != 0 && surface[map[analysis.Segmentation.PrefixLength - 2]] is '\u0622' or '\u0623' or '\u0625')
                {
                    analysis = WordAnalysisCache.WithoutArticle(normalized, tehMarbuta, analysis, baseBuffer);
                }
                var segmentation = analysis.Segmentation;
                ReadOnlySpan<char> word = normalized;
                var baseStart = bounds.Start;
                var baseEnd = bounds.End;
                if (segmentation.IsSplit)
                {
                    word = baseBuffer.AsSpan(0, segmentation.WriteBase(normalized, baseBuffer));
                    if (segmentation.PrefixLength > 0)
                    {
                        baseStart = bounds.Start + map[segmentation.PrefixLength];
                    }
                    if (segmentation.SuffixLength > 0)
                    {
                        baseEnd = Math.Max(baseStart, bounds.Start + map[length - segmentation.SuffixLength]);
                    }
                }
                var stem = word[..analysis.StemLength];
                sink.Accept(new TokenView(bounds, baseStart, baseEnd, word, stem, segmentation));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(norm);
            ArrayPool<char>.Shared.Return(baseBuffer);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    private static bool EndsInTehMarbuta(ReadOnlySpan<char> surface)
    {
        for (var i = surface.Length - 1; i >= 0; i--)
        {
            var c = surface[i];
            if (CharClasses.Of(c) != CharClass.Mark && c != '\u0640')
            {
                return c is '\u0629' or '\uFE93' or '\uFE94';
            }
        }
        return false;
    }

    private static void Grow<T>(ref T[] buffer, int size)
    {
        ArrayPool<T>.Shared.Return(buffer);
        buffer = ArrayPool<T>.Shared.Rent(size);
    }

    /// <summary>Materializes the streamed tokens into <see cref="Token"/> records.</summary>
    private readonly struct Collector(string text) : ITokenSink
    {
        // About one token per five characters of news text: sized once instead of grown (and copied) ten times.
        public List<Token> Tokens { get; } = new(text.Length / 5);

        public void Accept(in TokenView token)
        {
            var b = token.Bounds;
            var surface = text.Substring(b.Start, b.Length);
            var norm = token.Norm.SequenceEqual(surface) ? surface : new string(token.Norm);
            var stem = token.Stem.Length == norm.Length ? norm : new string(token.Stem);
            Tokens.Add(new Token(
                b.Start,
                b.End,
                token.BaseStart,
                token.BaseEnd,
                b.Kind,
                surface,
                norm,
                stem,
                Clitics.ListOf(token.Segmentation.Proclitics),
                Clitics.ListOf(token.Segmentation.Enclitic)));
        }
    }
}
