namespace Marsad.Core.Language;

/// <summary>A text as Marsad reads it: its sentences and its tokens, with offsets into <paramref name="Text"/>.</summary>
/// <param name="Text">The original text, unchanged.</param>
/// <param name="Sentences">The sentences, in order; each names a range of <paramref name="Tokens"/>.</param>
/// <param name="Tokens">Every token, in order.</param>
public sealed record AnalyzedText(string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Token> Tokens)
{
    /// <summary>The tokens of <paramref name="sentence"/>.</summary>
    public IEnumerable<Token> TokensOf(Sentence sentence) =>
        Tokens.Skip(sentence.FirstToken).Take(sentence.TokenCount);
}
