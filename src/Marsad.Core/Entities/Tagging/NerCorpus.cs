namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// Reads the NER corpora in CoNLL-like form (a token and its BIO tag a line) into
/// <see cref="LabeledSentence"/>s.
/// Rules:
/// <list type="bullet">
/// <item>the tag is the line's last field, the token everything before it; lines without a token are skipped;</item>
/// <item>a blank line ends a sentence, and so does a sentence-final token (. ؟ ? !), because ANERcorp has no sentence breaks;</item>
/// <item>tags are read leniently: PER and PERS are persons; MIS, MIS0-3, MISS and language names are MISC; malformed tags (OO, IO, I--ORG, B-MIS1`) are repaired; an unknown tag is O.</item>
/// </list>
/// </summary>
public static class NerCorpus
{
    /// <summary>Reads a corpus file.</summary>
    public static IReadOnlyList<LabeledSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads a corpus from <paramref name="reader"/>.</summary>
    public static IReadOnlyList<LabeledSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<LabeledSentence>();
        var tokens = new List<string>();
        var labels = new List<int>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim().Trim('\u200F', '\u200E').Trim();
            var cut = trimmed.LastIndexOfAny([' ', '\t']);
            if (trimmed.Length == 0 || cut <= 0)
            {
                if (trimmed.Length == 0)
                {
                    Flush(sentences, tokens, labels);
                }
                continue;
            }
            var token = trimmed[..cut].Trim().Trim('\u200F', '\u200E');
            if (token.Length == 0)
            {
                continue;
            }
            tokens.Add(token);
            labels.Add(ParseTag(trimmed[(cut + 1)..]));
            if (token is "." or "؟" or "?" or "!")
            {
                Flush(sentences, tokens, labels);
            }
        }
        Flush(sentences, tokens, labels);
        return sentences;
    }

    /// <summary>
    /// Splits <paramref name="sentences"/> at the sentence boundary nearest to
    /// <paramref name="fraction"/> of the tokens: the usual ANERcorp split is 5/6 for training.
    /// </summary>
    public static (IReadOnlyList<LabeledSentence> Head, IReadOnlyList<LabeledSentence> Tail) Split(
        IReadOnlyList<LabeledSentence> sentences, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        long total = sentences.Sum(s => (long)s.Tokens.Count);
        long seen = 0;
        var cut = 0;
        while (cut < sentences.Count && seen + (sentences[cut].Tokens.Count / 2) < total * fraction)
        {
            seen += sentences[cut].Tokens.Count;
            cut++;
        }
        return ([.. sentences.Take(cut)], [.. sentences.Skip(cut)]);
    }

    /// <summary>The label of a corpus tag; see the class remarks for the lenient forms.</summary>
    internal static int ParseTag(string tag)
    {
        var t = tag.Trim().TrimEnd('`').ToUpperInvariant();
        if (t.Length < 2 || t[0] is not ('B' or 'I') || t[1] != '-')
        {
            return BioLabels.Outside;
        }
        var name = t[2..].TrimStart('-');
        NameType? type = name switch
        {
            "PER" or "PERS" or "PERSON" => NameType.Person,
            "LOC" or "GPE" => NameType.Location,
            "ORG" => NameType.Organization,
            _ when name.StartsWith("MIS", StringComparison.Ordinal) => NameType.Misc,
            "ENGLISH" or "SPANISH" => NameType.Misc,
            _ => null,
        };
        return type is { } x ? (t[0] == 'B' ? BioLabels.Begin(x) : BioLabels.Inside(x)) : BioLabels.Outside;
    }

    private static void Flush(List<LabeledSentence> sentences, List<string> tokens, List<int> labels)
    {
        if (tokens.Count > 0)
        {
            sentences.Add(new LabeledSentence([.. tokens], BioLabels.ToSpans(labels.ToArray(), [])));
        }
        tokens.Clear();
        labels.Clear();
    }
}
