using Marsad.Core.Entities.Knowledge;
using Marsad.Core.Language;

namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// Links a quotation's speaker words to the actor they name.
/// Rules:
/// <list type="bullet">
/// <item>a person the knowledge base knows, named in the phrase, is the speaker (وزير الخارجية الأمريكي جون كيري);</item>
/// <item>otherwise, after a word that speaks for a body or a state (<c>Resources/Models/quote-speaker-heads.txt</c>:
/// مسؤول أمريكي، المتحدث باسم الجيش الإسرائيلي، أشرف العربي وزير التخطيط المصري), the first codable actor (one with a
/// CAMEO code: a state, an organization) named after it;</item>
/// <item>otherwise the state of a title whose holder the knowledge base does not list on the day (الرئيس الأوكراني, a person mention
/// coded UKRGOV with no name): the office speaks for its state, as an official's words do;</item>
/// <item>otherwise a codable actor that opens the phrase (الخارجية المصرية، روسيا), or a codable organization anywhere in it
/// (أجهزة الاستخبارات التركية، مفوضية الأمم المتحدة لشؤون اللاجئين);</item>
/// <item>otherwise nobody: «عالم الاجتماع الفرنسي X», «المراقبون المصريون» and «مدير عام فرع الوزارة بالجوف» are not
/// France, Egypt or Al-Jouf.</item>
/// </list>
/// </summary>
internal static class SpeakerLinker
{
    private static readonly Lazy<QuoteWordList> Heads = new(() => QuoteWordList.Load("quote-speaker-heads.txt"));

    /// <summary>
    /// The quote with <see cref="Quote.Speaker"/> set from <paramref name="entities"/> (the article's, in text order);
    /// <paramref name="knowledge"/> names the state of an office whose holder is unknown (<see cref="KnowledgeBase.Default"/> when null).
    /// </summary>
    public static Quote Link(Quote quote, IReadOnlyList<EntityMention> entities, KnowledgeBase? knowledge = null)
    {
        if (quote.SpeakerStart is not { } start || quote.SpeakerEnd is not { } end || quote.SpeakerText is not { } phrase)
        {
            return quote;
        }
        var head = HeadOffset(phrase) is { } offset ? start + offset : int.MaxValue;
        EntityMention? chosen = null;
        var firstPerson = true;
        foreach (var e in entities)
        {
            if (e.Start >= end || e.End <= start)
            {
                continue;
            }
            // Only the phrase's first person may be a surname of someone named before (عادل الشجاع القيادي بالحزب الذي يتزعمه
            // صالح is not صالح).
            if (e.Type == EntityType.Person && (e.Name ?? (firstPerson ? NamedBefore(entities, e) : null)) is { } person)
            {
                return quote with { Speaker = person };
            }
            if (chosen is null && firstPerson && e is { Type: EntityType.Person, Name: null } && IsStateOffice(e)
                && (knowledge ?? KnowledgeBase.Default).FindCountry(e.Country!) is { } state)
            {
                chosen = e with { Name = state.Name };
            }
            firstPerson &= e.Type != EntityType.Person;
            if (e.Name is null)
            {
                continue;
            }
            if (chosen is null && e.Code is not null && (e.Start <= start || e.Start >= head || e.Type == EntityType.Org))
            {
                chosen = e;
            }
        }
        return chosen is null ? quote : quote with { Speaker = chosen.Name };
    }

    // A person mention coded with an office of a state's government, forces, legislature, courts, police or intelligence
    // (a title: الرئيس الأوكراني → UKRGOV), not a private person with a nisba (عالم الاجتماع الفرنسي: no such code).
    private static bool IsStateOffice(EntityMention e) => ActorRole.IsStateOffice(ActorRole.Of(e.Country, e.Code));

    // The linked person an unlinked name (العطية، أندراواتي) ends the name of, in the latest earlier mention of the article
    // (خالد العطية … وأضاف العطية): a surname alone after a full mention is that person, whether or not the knowledge
    // base lists it as a short name. The latest full name wins, also an unlinked one (حمد العطية after خالد العطية: nobody).
    private static string? NamedBefore(IReadOnlyList<EntityMention> entities, EntityMention alone)
    {
        var words = ArabicNormalizer.Normalize(alone.Text);
        for (var k = entities.Count - 1; k >= 0; k--)
        {
            var e = entities[k];
            if (e.End > alone.Start || e.Type != EntityType.Person)
            {
                continue;
            }
            var full = ArabicNormalizer.Normalize(e.Text);
            if (full.Length > words.Length + 1 && full.EndsWith(words, StringComparison.Ordinal) && full[full.Length - words.Length - 1] == ' ')
            {
                return e.Name; // null when the latest such name is someone the knowledge base does not know
            }
        }
        return null;
    }

    // A head word, with the article and a preposition glued before it (لرئاسة الوزراء، بوزارة الخارجية).
    internal static bool IsHead(string word)
    {
        if (word.Length > 3 && word[0] is 'ل' or 'ب')
        {
            word = word.StartsWith("لل", StringComparison.Ordinal) ? word[2..] : word[1..];
        }
        return Heads.Value.Contains(word) || (word.StartsWith("ال", StringComparison.Ordinal) && Heads.Value.Contains(word[2..]));
    }

    // Offset in the phrase of its first head word, or null.
    private static int? HeadOffset(string phrase)
    {
        var at = 0;
        while (at < phrase.Length)
        {
            var space = phrase.IndexOf(' ', at);
            var next = space < 0 ? phrase.Length : space;
            if (next > at)
            {
                if (IsHead(ArabicNormalizer.Normalize(phrase[at..next])))
                {
                    return at;
                }
            }
            at = next + 1;
        }
        return null;
    }
}
