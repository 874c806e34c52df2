namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// A document-level pass after decoding: a name the tagger found once is tagged again where the same words recur
/// untagged nearby (one sense per discourse). The second stage's memory reads single stems and only sways the
/// decoder; a company or a club named bare through an article (نوكيا، الأهلي) often stays untagged after it, so this
/// pass copies the whole span.
/// Rules:
/// <list type="bullet">
/// <item>a name is matched by the clitic-free stems of its tokens (<c>NerToken.StemOf</c>), so للبنك التجاري matches البنك التجاري;</item>
/// <item>only names of the chosen types, of at least <c>minLength</c> tokens, whose stems all have three letters or more, are copied;</item>
/// <item>a name tagged with two types within the window is ambiguous and not copied;</item>
/// <item>a copy goes only where no token is in a span already, longest name first, within <c>window</c> sentences of a mention;</item>
/// <item>in the tagger, a one-word name is copied only to a word that is rare in the news (no word class, not in the silver
/// lexicon) or that the silver lexicon shows as that type at least one time in ten: a common noun tagged once by mistake
/// (المعهد، الجامعة) is not spread through the article;</item>
/// <item>the copy takes the smallest confidence of the mentions it copies.</item>
/// </list>
/// </summary>
internal static class NamePropagation
{
    /// <summary>Sentences around a mention where the shipped pass copies it (chosen on the dev split, docs/ner.md).</summary>
    public const int Window = 20;

    /// <summary>The types the shipped pass copies, one bit per <see cref="NameType"/>: organizations only (with persons and places, precision fell on dev).</summary>
    public const int Types = 1 << (int)NameType.Organization;

    /// <summary>The smallest share of a name's occurrences nearby that the tagger tagged, for the shipped pass to copy it (0: any).</summary>
    public const double MinShare = 0.2;

    /// <summary>The spans of each sentence with the copies added, in token order, from the sentences' tokens as written.</summary>
    /// <param name="sentences">The document's tokenized sentences.</param>
    /// <param name="spans">The tagger's spans per sentence.</param>
    /// <param name="window">Sentences before and after a mention where it is copied.</param>
    /// <param name="types">The types whose names are copied, one bit per <see cref="NameType"/>.</param>
    /// <param name="minLength">The fewest tokens a copied name has.</param>
    /// <param name="minShare">The smallest share of a name's occurrences within the window that the tagger tagged, for it to be copied.</param>
    public static IReadOnlyList<IReadOnlyList<TaggedSpan>> Apply(
        IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<TaggedSpan>> spans, int window, int types, int minLength, double minShare = 0)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return ApplyToStems([.. sentences.Select(s => (IReadOnlyList<string>)[.. s.Select(NerToken.StemOf)])], spans, window, types, minLength, minShare);
    }

    /// <summary>
    /// As <see cref="Apply"/>, from each token's stem (the tagger has them in its token views); a one-word name is copied
    /// to token i of sentence j only where <paramref name="oneWord"/> (j, i, type) allows it, when given.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TaggedSpan>> ApplyToStems(
        IReadOnlyList<IReadOnlyList<string>> stems, IReadOnlyList<IReadOnlyList<TaggedSpan>> spans, int window, int types, int minLength, double minShare = 0,
        Func<int, int, NameType, bool>? oneWord = null)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(spans);
        List<Mention>? mentions = null;
        for (var j = 0; j < spans.Count; j++)
        {
            foreach (var span in spans[j])
            {
                if ((types & (1 << (int)span.Type)) != 0 && span.Length >= minLength && LongEnough(stems[j], span.Start, span.End))
                {
                    var words = new string[span.Length];
                    for (var i = 0; i < words.Length; i++)
                    {
                        words[i] = stems[j][span.Start + i];
                    }
                    (mentions ??= []).Add(new Mention(j, words, 1 << (int)span.Type, span.Confidence));
                }
            }
        }
        if (mentions is null)
        {
            return spans;
        }
        // How often each mention's words occur in each sentence, tagged or not (for the tagged share).
        var occurrences = new int[mentions.Count][];
        if (minShare > 0)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                occurrences[m] = new int[spans.Count];
                for (var k = Math.Max(0, mentions[m].Sentence - (2 * window)); k <= Math.Min(spans.Count - 1, mentions[m].Sentence + (2 * window)); k++)
                {
                    for (var i = 0; i + mentions[m].Words.Length <= stems[k].Count; i++)
                    {
                        occurrences[m][k] += Matches(stems[k], i, mentions[m].Words) ? 1 : 0;
                    }
                }
            }
        }
        var result = new IReadOnlyList<TaggedSpan>[spans.Count];
        var names = new List<Mention>();
        var shares = new List<(int Tagged, int Seen)>();
        for (var j = 0; j < spans.Count; j++)
        {
            // The distinct names mentioned within the window, with every type they were given there.
            names.Clear();
            shares.Clear();
            for (var index = 0; index < mentions.Count; index++)
            {
                var m = mentions[index];
                if (Math.Abs(m.Sentence - j) > window)
                {
                    continue;
                }
                var at = 0;
                while (at < names.Count && !names[at].Words.AsSpan().SequenceEqual(m.Words))
                {
                    at++;
                }
                if (at == names.Count)
                {
                    names.Add(m);
                    var seen = 0;
                    if (minShare > 0)
                    {
                        for (var k = Math.Max(0, j - window); k <= Math.Min(spans.Count - 1, j + window); k++)
                        {
                            seen += occurrences[index][k];
                        }
                    }
                    shares.Add((1, seen));
                }
                else
                {
                    names[at] = names[at] with { Types = names[at].Types | m.Types, Confidence = Math.Min(names[at].Confidence, m.Confidence) };
                    shares[at] = (shares[at].Tagged + 1, shares[at].Seen);
                }
            }
            if (minShare > 0)
            {
                // A name the tagger left untagged in most of its occurrences nearby is more likely its mistake than a name.
                for (var at = names.Count - 1; at >= 0; at--)
                {
                    if (shares[at].Tagged < minShare * shares[at].Seen)
                    {
                        names.RemoveAt(at);
                    }
                }
            }
            result[j] = names.Count == 0 ? spans[j] : Copy(stems[j], spans[j], names, j, oneWord);
        }
        return result;
    }

    private static IReadOnlyList<TaggedSpan> Copy(
        IReadOnlyList<string> stems, IReadOnlyList<TaggedSpan> spans, List<Mention> names, int sentence, Func<int, int, NameType, bool>? oneWord)
    {
        var n = stems.Count;
        Span<bool> covered = n <= 512 ? stackalloc bool[n] : new bool[n];
        foreach (var span in spans)
        {
            covered[span.Start..span.End].Fill(true);
        }
        names.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        List<TaggedSpan>? added = null;
        for (var i = 0; i < n; i++)
        {
            foreach (var name in names)
            {
                var length = name.Words.Length;
                if (!int.IsPow2(name.Types) || i + length > n || covered.Slice(i, length).Contains(true) || !Matches(stems, i, name.Words))
                {
                    continue;
                }
                var type = (NameType)int.Log2(name.Types);
                if (length == 1 && oneWord is not null && !oneWord(sentence, i, type))
                {
                    continue;
                }
                (added ??= []).Add(new TaggedSpan(i, i + length, type, name.Confidence));
                covered.Slice(i, length).Fill(true);
                i += length - 1;
                break;
            }
        }
        return added is null ? spans : [.. spans.Concat(added).OrderBy(s => s.Start)];
    }

    private static bool Matches(IReadOnlyList<string> stems, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(stems[start + k], words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static bool LongEnough(IReadOnlyList<string> stems, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (stems[i].Length < 3)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>One mention of a name to copy: its sentence, its stems, its types as bits, its confidence.</summary>
    private readonly record struct Mention(int Sentence, string[] Words, int Types, double Confidence);
}
