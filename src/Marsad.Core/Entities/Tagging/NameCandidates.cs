using Marsad.Core.Language;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// Runs the statistical <see cref="NameTagger"/> over an article and turns its spans into
/// unlinked mentions (no name, id or code), which the recognizer keeps where the knowledge
/// base found nothing. The text is cut the way the tagger was trained (ANERcorp): runs of
/// letters and digits are words, every other visible character is a token of its own, and a
/// sentence ends after . ! ? ؟ or a line break.
/// </summary>
internal static class NameCandidates
{
    public static List<EntityMention> Find(NameTagger tagger, string text)
    {
        // Each token's cached features are found from its span of the text (JointWeights.Word), so a word the cache
        // holds costs no string; the tagger reads nothing else of the token.
        var weights = tagger.Weights;
        var sentences = new List<WordFeatures[]>();
        var offsets = new List<(int Start, int End)[]>();
        var words = new List<WordFeatures>();
        var spans = new List<(int Start, int End)>();

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(words.ToArray());
                offsets.Add([.. spans]);
                words.Clear();
                spans.Clear();
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                EndSentence();
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (CharClasses.IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && CharClasses.IsWordChar(text[i]))
                {
                    i++;
                }
                words.Add(weights.Word(text.AsSpan(start, i - start)));
                spans.Add((start, i));
            }
            else
            {
                words.Add(weights.Word(text.AsSpan(i, 1)));
                spans.Add((i, i + 1));
                i++;
                if (c is '.' or '!' or '?' or '؟')
                {
                    EndSentence();
                }
            }
        }
        EndSentence();

        var mentions = new List<EntityMention>();
        if (sentences.Count == 0)
        {
            return mentions;
        }
        var tagged = tagger.TagWords(sentences, confidence: false);
        for (var s = 0; s < tagged.Count; s++)
        {
            foreach (var span in tagged[s])
            {
                if (ToEntityType(span.Type) is not { } type)
                {
                    continue;
                }
                var start = offsets[s][span.Start].Start;
                var end = offsets[s][span.End - 1].End;
                mentions.Add(new EntityMention(text[start..end], start, end, type, null, null, null, null));
            }
        }
        return mentions;
    }

    // ANERcorp's LOC covers states and cities alike; the knowledge base types the ones it knows
    // (GPE), so an unknown location stays LOC. MISC has no place in the contract's types.
    private static EntityType? ToEntityType(NameType type) => type switch
    {
        NameType.Person => EntityType.Person,
        NameType.Location => EntityType.Loc,
        NameType.Organization => EntityType.Org,
        _ => null,
    };

}
