namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// Entity-level exact-match evaluation (CoNLL style): a predicted name counts only when
/// its first token, last token and type all match a gold name.
/// </summary>
/// <param name="Micro">Counts summed over the evaluated types.</param>
/// <param name="PerType">One score per evaluated type, in <see cref="NameType"/> order.</param>
/// <param name="Tokens">The number of tokens tagged.</param>
public sealed record NerEvaluation(NerScore Micro, IReadOnlyList<(NameType Type, NerScore Score)> PerType, int Tokens)
{
    /// <summary>
    /// Tags <paramref name="sentences"/> as one running document (the second stage reads
    /// the sentences around each one, as in training) and scores the result against their gold spans,
    /// over <paramref name="types"/> only (all types when null): spans of other types are
    /// ignored on both sides.
    /// </summary>
    public static NerEvaluation Run(NameTagger tagger, IReadOnlyList<LabeledSentence> sentences, IReadOnlyCollection<NameType>? types = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        return Score(sentences, tagger.TagDocument([.. sentences.Select(s => s.Tokens)]), types);
    }

    /// <summary>Scores <paramref name="tagged"/> (one list of spans per sentence) against the gold spans of <paramref name="sentences"/>, as <see cref="Run"/> does.</summary>
    public static NerEvaluation Score(IReadOnlyList<LabeledSentence> sentences, IReadOnlyList<IReadOnlyList<TaggedSpan>> tagged, IReadOnlyCollection<NameType>? types = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tagged);
        var kept = types ?? Enum.GetValues<NameType>();
        var correct = new int[BioLabels.TypeCount];
        var predicted = new int[BioLabels.TypeCount];
        var gold = new int[BioLabels.TypeCount];
        var tokens = 0;
        foreach (var (sentence, found) in sentences.Zip(tagged))
        {
            tokens += sentence.Tokens.Count;
            var goldSet = sentence.Spans.Select(s => (s.Start, s.End, s.Type)).ToHashSet();
            foreach (var s in sentence.Spans)
            {
                gold[(int)s.Type]++;
            }
            foreach (var s in found)
            {
                predicted[(int)s.Type]++;
                if (goldSet.Contains((s.Start, s.End, s.Type)))
                {
                    correct[(int)s.Type]++;
                }
            }
        }
        var perType = kept.Order().Select(t => (t, new NerScore(correct[(int)t], predicted[(int)t], gold[(int)t]))).ToList();
        var micro = new NerScore(perType.Sum(p => p.Item2.Correct), perType.Sum(p => p.Item2.Predicted), perType.Sum(p => p.Item2.Gold));
        return new NerEvaluation(micro, perType, tokens);
    }
}
