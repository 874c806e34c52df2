using Marsad.Core.Entities.Tagging;
using Marsad.Core.Language;

namespace Marsad.Core.Entities.Matching;

internal sealed partial class ArticleResolver
{
    private static readonly Lazy<HashSet<string>> TitleWords = new(() =>
        NerTitles.Embedded.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// True when a definite singular nisba (المصري، التونسي) ends a person's name: right after a given name that itself follows a
    /// title, another name word or a kunya (الدكتور محمد المصري، اللواء منصور التركي، أبو شعيب السوري، زين كمال المصري); after a
    /// kunya any word without the article (أبا خليل السوداني، أبو قتادة المغربي); or after a given name the tagger itself read as
    /// a person (اغتيل طلال الأردني، رئيس البلدية محمد السعودي). A given name alone before the nisba is not enough otherwise: many
    /// are also verbs or nouns (فيما حافظ الصربي، طالب البوليفي، جوازات سفر التشيكيين), whose subject or genitive the nisba is;
    /// nor is a function word (على, normalized as the name علي).
    /// </summary>
    private bool IsFamilyNisba(GazetteerMatch match)
    {
        if (match.CliticLength > 0 || match.TokenIndex < 2 || !IsDefinite(match) || !tokens[match.TokenIndex].Norm.EndsWith('ي'))
        {
            return false;
        }
        var before = tokens[match.TokenIndex - 2];
        var given = tokens[match.TokenIndex - 1];
        var current = tokens[match.TokenIndex];
        if (!Adjacent(given, current) || TitleWords.Value.Contains(given.Norm)
            // سان جرمان الفرنسي: the word ends a place or club the tagger found, which the nisba qualifies.
            || candidates.Any(c => c.Type != EntityType.Person && c.Start < given.End && c.End > given.Start))
        {
            return false;
        }
        if (Adjacent(before, given) && before.Norm is "ابو" or "ابا" or "ابي")
        {
            // A kunya's second word is a name even when the knowledge base does not list it (قتادة، خليل).
            return !given.Norm.StartsWith("ال", StringComparison.Ordinal) && !ArabicStopwords.Contains(given.Norm);
        }
        if (!IsGivenName(given.Norm))
        {
            return false;
        }
        return (Adjacent(before, given) && (TitleWords.Value.Contains(before.Norm) || Patronymics.Contains(before.Norm) || IsGivenName(before.Norm)))
            // The tagger's person span covers the given name: a name, not a verb or noun (حافظ، طالب) the nisba follows.
            || candidates.Any(c => c.Type == EntityType.Person && c.Start <= given.Start && c.End >= given.End);
    }

    /// <summary>
    /// True when a state's definite singular nisba (one word, no clitic) right after a personal title is the titled person's
    /// family name (قال الدكتور التركي إن، أكد العميد المصري أن، د. الليبي): the title is one of honorifics.tsv with the article
    /// (or د.), marked as taking a family nisba (not الفريق "the team", السيد، المهندس), and no name follows that the title and
    /// nisba would describe (الشيخ الكويتي سالم، اللواء الأردني خالد: the person's state) nor an off-date word (اللواء المصري
    /// السابق). The events stage reads the unlinked person this leaves (SentenceFrame), so both stages read the nisba alike.
    /// </summary>
    private bool IsTitledFamilyNisba(GazetteerMatch match)
    {
        if (match.CliticLength > 0 || match.TokenIndex < 1 || match.TokenCount != 1 || !IsDefinite(match)
            || !tokens[match.TokenIndex].Norm.EndsWith('ي'))
        {
            return false;
        }
        var title = tokens[match.TokenIndex - 1];
        var current = tokens[match.TokenIndex];
        var honorific = title.Norm == "د" && text.AsSpan(title.End, current.Start - title.End).Trim() is "."
            ? title.Norm
            : title.Norm.StartsWith("ال", StringComparison.Ordinal) && Adjacent(title, current) ? title.Norm[2..] : null;
        if (honorific is null || !kb.Honorifics.TryGetValue(honorific, out var family) || !family)
        {
            return false;
        }
        if (match.NextIndex >= tokens.Count)
        {
            return true;
        }
        var next = tokens[match.NextIndex];
        return !OffDateModifiers.Contains(next.Norm) && !IsGivenName(next.Norm) && !CandidatePersonAt(next.Start)
            && !(gazetteer.Match(tokens, match.NextIndex) is { CliticLength: 0 } named && IsPersonMatch(named));
    }

    // A word of the knowledge base's names that is no function word (على, normalized as the name علي) and has no article.
    private bool IsGivenName(string norm) =>
        kb.NameWords.Contains(norm) && !ArabicStopwords.Contains(norm) && !norm.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// True when a one-word name without the article, after the clitic ب, is followed at once by an indefinite word that names
    /// nothing: a manner phrase of the common noun the name also is (أقبلوا عليها بحماس كبير، بحماس خلال الشهر "with zeal"), not
    /// the group (اتصالات بحماس، علاقتها بحماس في غزة, where a preposition, a definite word or punctuation follows).
    /// </summary>
    private bool IsMannerPhrase(GazetteerMatch match)
    {
        if (match.TokenCount != 1 || match.CliticLength == 0 || match.NextIndex >= tokens.Count)
        {
            return false;
        }
        var current = tokens[match.TokenIndex];
        var next = tokens[match.NextIndex];
        return current.Norm[match.CliticLength - 1] == 'ب' && !current.Norm[match.CliticLength..].StartsWith("ال", StringComparison.Ordinal)
            && Adjacent(current, next) && !next.Norm.StartsWith("ال", StringComparison.Ordinal) && next.Norm.Length > 2
            && (!ArabicStopwords.Contains(next.Norm) || next.Norm is "خلال" or "طوال")
            && gazetteer.Match(tokens, match.NextIndex) is null;
    }

    // Only whitespace between two tokens: محمد، المصري is a list, not a name.
    private bool Adjacent(GazetteerToken first, GazetteerToken second) => text.AsSpan(first.End, second.Start - first.End).IsWhiteSpace();

    /// <summary>
    /// True when a surname the knowledge base links alone (هاموند، عون) is the end of another person's name: the
    /// tagger's person span starts before it with given names that none of the known bearers has (جون هاموند is not
    /// Philip Hammond, أحمد البوسعيدي not Badr Albusaidi). Titles in front (الرئيس عون), a first word that is no known
    /// given name, and the bearer's own given name (عادل بن أحمد الجبير) keep the link.
    /// </summary>
    private bool IsAnotherPersonsSurname(GazetteerMatch match, GazetteerEntryKind kind)
    {
        if (match.CliticLength > 0)
        {
            return false; // وعون، لعون: the word starts the name
        }
        var start = tokens[match.TokenIndex].Start;
        EntityMention? span = null;
        foreach (var c in candidates)
        {
            if (c.Type == EntityType.Person && c.Start < start && c.End > start)
            {
                span = c;
                break;
            }
        }
        if (span is null)
        {
            return false;
        }
        // The first word of the span must be a given name: a word of people's names (ANERGazet's), not a verb or particle
        // the tagger took in (سيزور كيري، فإن نتنياهو), and none of the bearers' own (عادل بن أحمد الجبير is al-Jubeir).
        var words = text[span.Start..start].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }
        var first = ArabicNormalizer.Normalize(words[0]);
        if (words.Any(w => TitleWords.Value.Contains(ArabicNormalizer.Normalize(w))) || !kb.NameWords.Contains(first)
            || first is "فان" or "وان")
        {
            return false; // فإن / وإن: "indeed", not Van
        }
        foreach (var e in match.Entries)
        {
            if (e.Kind == kind && e.Actor is { } actor && actor.Names.Any(n => SameGivenName(n, first)))
            {
                return false;
            }
        }
        return true;
    }

    // The bearer's given name, however the article spells it: a word of the name that begins with the other
    // (جو / جوزيف بايدن، ماركو / مارك روبيو، نيكولا / نيكولاس ساركوزي), or written without its space (عبدالإله / عبد الإله).
    private static bool SameGivenName(string name, string given)
    {
        var norm = ArabicNormalizer.Normalize(name);
        foreach (var word in norm.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith(given, StringComparison.Ordinal) || given.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return norm.Replace(" ", string.Empty, StringComparison.Ordinal).Contains(given, StringComparison.Ordinal);
    }

}
