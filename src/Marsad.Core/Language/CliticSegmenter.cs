namespace Marsad.Core.Language;

/// <summary>
/// Splits a normalized Arabic word into proclitics, base and enclitic pronoun, checking the
/// base against <see cref="ArabicLexicon"/> so that a word which merely starts or ends with a
/// clitic letter stays whole.
/// Rules:
/// <list type="bullet">
/// <item>proclitics: و or ف, then one of ب ك ل (or the future س), then the article ال; ل + ال is written لل;</item>
/// <item>enclitics: ه ها هم هما هن ك كم كن نا ني, never after the article and never on a proper name; a final ي is left alone, as in news it is far more often the nisba suffix (عسكري، يمني) than "my";</item>
/// <item>a word written with a final teh marbuta (ة) has no ه pronoun: مجزرة is not مجزر + ه;</item>
/// <item>what follows ب ك ل or ال must be a noun, a name or (without the article) a particle; what follows س, or ل of purpose, an imperfect verb (سيعود، ليعلن);</item>
/// <item>و/ف before a stopword of three letters or more is split off even where the whole could read as a verb form (وهنا → و + هنا); a cliticized stopword is no base (ولكنها → و + لكن + ها);</item>
/// <item>a stopword written with the article loses it when the rest is a noun of three letters or more (اليوم → ال + يوم, but الذي stays);</item>
/// <item>a word known whole (as a stem, a name, a stopword, or an inflection of a stem) is not split: وزير، بلد، لبنان، فرنسا، الذي، وصلت; except و/ف before a stopword or a known word of four letters or more (ولكن → و + لكن, وقالت → و + قالت, but فيما stays);</item>
/// <item>the lexicon holds stems, so a base may also be an inflection: a noun with ات ان ون ين, a verb with a leading ي ت ن ا and a trailing وا ون ين ان تم ا ت ن (three letters of stem or more), except after an initial ال, which is read as the article (القوات);</item>
/// <item>otherwise the split that strips the fewest letters wins, a base found only through an inflection counting as two letters more;</item>
/// <item>the article before a known word wins over a base beginning with ال before a pronoun: البنك is ال + بنك, not البن + ك, and الفهم is ال + فهم, not الف + هم;</item>
/// <item>before a pronoun, a base ending in ت may be a teh marbuta (حكومته → حكومه + ه) and one ending in ا an alef maksura (مستواه → مستوي + ه);</item>
/// <item>an unknown word keeps its letters, except an article (with what comes before it) in front of two letters or more: والحسن → و + ال + حسن.</item>
/// </list>
/// </summary>
public static class CliticSegmenter
{
    private const int InflectionPenalty = 5;

    private static readonly (string Text, Proclitics Flags)[] ShortestFirst = BuildPrefixes();
    private static readonly (string Text, Proclitics Flags)[] LongestFirst = [.. ShortestFirst.Reverse()];

    private static readonly (string Text, Enclitic Value)[] Suffixes =
    [
        ("ه", Enclitic.Hu), ("ها", Enclitic.Ha), ("هم", Enclitic.Hum), ("هما", Enclitic.Huma), ("هن", Enclitic.Hunna),
        ("ك", Enclitic.Ka), ("كم", Enclitic.Kum), ("كن", Enclitic.Kunna), ("نا", Enclitic.Na), ("ني", Enclitic.Ni),
    ];

    private static readonly string[] NounInflections = ["ات", "ان", "ون", "ين"];
    private static readonly string[] VerbInflections = ["وا", "ون", "ين", "ان", "تم", "ا", "ت", "ن"];

    private enum Known
    {
        No,
        Exact,
        Inflected,
    }

    /// <summary>Segments one normalized word (see <see cref="ArabicNormalizer"/>).</summary>
    public static Segmentation Segment(ReadOnlySpan<char> word) => Segment(word, finalTehMarbuta: false);

    /// <summary>
    /// Segments one normalized word; <paramref name="finalTehMarbuta"/> tells that the original ended in ة,
    /// which normalization wrote as ه, so that it is not taken for a pronoun.
    /// </summary>
    public static Segmentation Segment(ReadOnlySpan<char> word, bool finalTehMarbuta) => Segment(word, finalTehMarbuta, out _);

    /// <summary>
    /// Segments one normalized word; when the article was preferred over a base beginning with ال before a pronoun,
    /// <paramref name="pronounReading"/> is that other reading (else <see cref="Segmentation.None"/>), for a caller that
    /// sees the original letters: a written hamza (ألحانه، إلزامه) tells that ال is no article.
    /// </summary>
    internal static Segmentation Segment(ReadOnlySpan<char> word, bool finalTehMarbuta, out Segmentation pronounReading)
    {
        pronounReading = Segmentation.None;
        if (word.Length < 3 || !IsArabicLetters(word) || ArabicLexicon.IsName(word))
        {
            return Segmentation.None;
        }
        if (ArabicStopwords.Contains(word))
        {
            // The stopword lists carry cliticized forms (وقالت، واضافت): the conjunction still comes off.
            var rest = word[1..];
            if (word.StartsWith("ال", StringComparison.Ordinal) && word.Length >= 5 && ArabicLexicon.IsNoun(word[2..]))
            {
                return new Segmentation(Proclitics.Al, 2, Enclitic.None, 0, '\0');
            }
            return word[0] is 'و' or 'ف' && (ArabicStopwords.Contains(rest) || (rest.Length >= 4 && Any(rest) != Known.No))
                ? new Segmentation(word[0] == 'و' ? Proclitics.Wa : Proclitics.Fa, 1, Enclitic.None, 0, '\0')
                : Segmentation.None;
        }
        // و/ف before a function word of three letters or more is the conjunction (وهنا), though the whole may read as a verb form.
        if (word[0] is 'و' or 'ف' && word.Length >= 4 && ArabicStopwords.Contains(word[1..]))
        {
            return new Segmentation(word[0] == 'و' ? Proclitics.Wa : Proclitics.Fa, 1, Enclitic.None, 0, '\0');
        }
        if (Any(word) != Known.No)
        {
            return Segmentation.None;
        }

        var best = Segmentation.None;
        var bestScore = int.MaxValue;
        Span<char> scratch = stackalloc char[word.Length];
        TrySuffixes(word, Proclitics.None, 0, scratch, ref best, ref bestScore, finalTehMarbuta);
        foreach (var (text, flags) in ShortestFirst)
        {
            if (text.Length + 2 > word.Length || 2 * text.Length >= bestScore || !word.StartsWith(text, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = word[text.Length..];
            var known = Base(rest, flags, Enclitic.None);
            if (known != Known.No && Score(text.Length, known) < bestScore)
            {
                best = new Segmentation(flags, text.Length, Enclitic.None, 0, '\0');
                bestScore = Score(text.Length, known);
            }
            if ((flags & Proclitics.Al) == 0)
            {
                TrySuffixes(word, flags, text.Length, scratch, ref best, ref bestScore, finalTehMarbuta);
            }
        }
        if (!best.IsSplit)
        {
            return ArticleFallback(word);
        }
        var chosen = ArticleOverPronoun(word, best);
        pronounReading = chosen == best ? Segmentation.None : best;
        return chosen;
    }

    // The fewest stripped letters would read البنك as البن + ك (a rare verb, "your") and المياه as الميا + ه: a base that
    // begins with ال before a pronoun yields to the article when what follows the article is a known noun (ال + بنك),
    // as ال is far more often the article than a stem's first letters. A function word that the stopword lists carry with a
    // pronoun keeps it (اليهم is الي + هم, as the lists hold اليه); the number الف does not (الفهم is ال + فهم).
    private static Segmentation ArticleOverPronoun(ReadOnlySpan<char> word, Segmentation best)
    {
        var stem = word[best.PrefixLength..^best.SuffixLength];
        // After ل the article is written لل, so لال + pronoun is never ل + ال (لالزامه is ل + الزام + ه).
        if (best.Enclitic == Enclitic.None || (best.Proclitics & Proclitics.Li) != 0 || !stem.StartsWith("ال", StringComparison.Ordinal) || TakesPronouns(stem))
        {
            return best;
        }
        var flags = best.Proclitics | Proclitics.Al;
        var rest = word[(best.PrefixLength + 2)..];
        return Base(rest, flags, Enclitic.None) != Known.No ? new Segmentation(flags, best.PrefixLength + 2, Enclitic.None, 0, '\0') : best;
    }

    private static int Score(int stripped, Known known) => 2 * stripped + (known == Known.Inflected ? InflectionPenalty : 0);

    private static void TrySuffixes(ReadOnlySpan<char> word, Proclitics flags, int prefixLength, Span<char> scratch, ref Segmentation best, ref int bestScore, bool finalTehMarbuta)
    {
        if (finalTehMarbuta)
        {
            return;
        }
        var rest = word[prefixLength..];
        foreach (var (text, value) in Suffixes)
        {
            if (2 * (prefixLength + text.Length) >= bestScore || rest.Length < text.Length + 2 || !rest.EndsWith(text, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = rest[..^text.Length];
            var restored = '\0';
            var known = Base(stem, flags, value);
            var letter = stem[^1] switch { 'ت' => 'ه', 'ا' => 'ي', _ => '\0' };
            // A noun with its teh marbuta restored beats a verb form read through an inflection (طاقتها is طاقه + ها).
            if (known != Known.Exact && letter != '\0')
            {
                stem.CopyTo(scratch);
                scratch[stem.Length - 1] = letter;
                var withLetter = Base(scratch[..stem.Length], flags, value);
                if (withLetter == Known.Exact || known == Known.No)
                {
                    (known, restored) = (withLetter, letter);
                }
            }
            var score = Score(prefixLength + text.Length, known);
            if (known != Known.No && score < bestScore)
            {
                best = new Segmentation(flags, prefixLength, value, text.Length, restored);
                bestScore = score;
            }
        }
    }

    // What a base may be depends on what surrounds it: prepositions and the article take nouns, the future س takes verbs,
    // and a pronoun never follows a proper name (so اردني is not اردن + ي).
    private static Known Base(ReadOnlySpan<char> stem, Proclitics flags, Enclitic enclitic)
    {
        if (stem.Length < 2)
        {
            return Known.No;
        }
        if ((flags & Proclitics.Sa) != 0 || enclitic == Enclitic.Ni)
        {
            var exact = enclitic != Enclitic.Ni || ArabicLexicon.IsVerb(stem);
            return (flags & Proclitics.Sa) != 0 && stem[0] is not ('ي' or 'ت' or 'ن') || !exact || stem.StartsWith("ال", StringComparison.Ordinal) ? Known.No : Verb(stem);
        }
        var noun = Noun(stem, allowName: enclitic == Enclitic.None);
        // ل also marks purpose before an imperfect verb (ليعلن، لتحقق).
        if ((flags & (Proclitics.Li | Proclitics.Al)) == Proclitics.Li && stem.Length >= 3 && stem[0] is 'ي' or 'ت' or 'ن' && noun == Known.No)
        {
            return Verb(stem);
        }
        if ((flags & (Proclitics.Bi | Proclitics.Ka | Proclitics.Li | Proclitics.Al)) != 0 || enclitic == Enclitic.Ya)
        {
            // A particle may follow a preposition (بهذا، لذلك), never the article; ي is a possessive on nouns only.
            var particle = (flags & Proclitics.Al) == 0 && enclitic != Enclitic.Ya && ArabicStopwords.Contains(stem);
            return noun == Known.No && particle ? Known.Exact : noun;
        }
        return noun == Known.Exact || IsBareStopword(stem) ? Known.Exact : Best(noun, Verb(stem));
    }

    private static bool TakesPronouns(ReadOnlySpan<char> stem)
    {
        if (!ArabicStopwords.Contains(stem))
        {
            return false;
        }
        Span<char> withPronoun = stackalloc char[stem.Length + 1];
        stem.CopyTo(withPronoun);
        withPronoun[^1] = 'ه';
        return ArabicStopwords.Contains(withPronoun);
    }

    // The stopword lists hold cliticized forms (ولكن): as a base they would keep their conjunction (ولكنها is و + لكن + ها).
    private static bool IsBareStopword(ReadOnlySpan<char> stem) =>
        ArabicStopwords.Contains(stem) && !(stem.Length > 2 && stem[0] is 'و' or 'ف' && ArabicStopwords.Contains(stem[1..]));

    private static Known Any(ReadOnlySpan<char> word) =>
        ArabicLexicon.IsName(word) || ArabicStopwords.Contains(word) ? Known.Exact : Best(Noun(word, allowName: true), Verb(word));

    private static Known Best(Known a, Known b) => a == Known.Exact || b == Known.Exact ? Known.Exact : a == Known.Inflected || b == Known.Inflected ? Known.Inflected : Known.No;

    private static Known Noun(ReadOnlySpan<char> word, bool allowName)
    {
        if (ArabicLexicon.IsNoun(word) || (allowName && ArabicLexicon.IsName(word)))
        {
            return Known.Exact;
        }
        foreach (var suffix in NounInflections)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && ArabicLexicon.IsNoun(word[..^suffix.Length]))
            {
                return Known.Inflected;
            }
        }
        return Known.No;
    }

    private static Known Verb(ReadOnlySpan<char> word)
    {
        if (ArabicLexicon.IsVerb(word))
        {
            return Known.Exact;
        }
        // ال at the start is far more often the article than a verb's first letters (القوات is not القوا + ت).
        if (word.StartsWith("ال", StringComparison.Ordinal))
        {
            return Known.No;
        }
        var imperfect = word.Length > 3 && word[0] is 'ي' or 'ت' or 'ن' or 'ا';
        if (imperfect && ArabicLexicon.IsVerb(word[1..]))
        {
            return Known.Inflected;
        }
        foreach (var suffix in VerbInflections)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (ArabicLexicon.IsVerb(stem) || (imperfect && stem.Length > 3 && ArabicLexicon.IsVerb(stem[1..])))
                {
                    return Known.Inflected;
                }
            }
        }
        return Known.No;
    }

    private static Segmentation ArticleFallback(ReadOnlySpan<char> word)
    {
        foreach (var (text, flags) in LongestFirst)
        {
            if ((flags & Proclitics.Al) != 0 && word.Length - text.Length >= 2 && word.StartsWith(text, StringComparison.Ordinal))
            {
                return new Segmentation(flags, text.Length, Enclitic.None, 0, '\0');
            }
        }
        return Segmentation.None;
    }

    private static bool IsArabicLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < '\u0621' or > '\u064A')
            {
                return false;
            }
        }
        return true;
    }

    private static (string, Proclitics)[] BuildPrefixes()
    {
        var list = new List<(string, Proclitics)>();
        foreach (var (conj, conjFlag) in new[] { ("", Proclitics.None), ("و", Proclitics.Wa), ("ف", Proclitics.Fa) })
        {
            foreach (var (prep, prepFlag) in new[] { ("", Proclitics.None), ("ب", Proclitics.Bi), ("ك", Proclitics.Ka), ("ل", Proclitics.Li), ("س", Proclitics.Sa) })
            {
                foreach (var article in new[] { false, true })
                {
                    if (article && prepFlag == Proclitics.Sa)
                    {
                        continue;
                    }
                    var text = conj + prep + (article ? (prepFlag == Proclitics.Li ? "ل" : "ال") : "");
                    if (text.Length > 0)
                    {
                        list.Add((text, conjFlag | prepFlag | (article ? Proclitics.Al : Proclitics.None)));
                    }
                }
            }
        }
        return [.. list.OrderBy(p => p.Item1.Length)];
    }
}
