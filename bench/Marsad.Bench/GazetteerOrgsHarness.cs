using System.Globalization;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// <c>gazetteer-orgs [N] [TOP]</c>: the organization gap of the knowledge base on the first N SaudiNewsNet
/// articles (default 5,000), run through <see cref="EntityRecognizer.Default"/> (knowledge base and tagger) with
/// each page's date and outlet state. Prints the linked and unlinked mentions by type, the most frequent unlinked
/// ORG spans (those only the tagger finds), and the phrases of one, two and three words after an organization
/// head word (منظمة، هيئة، حزب، حركة، جماعة …, with و, ب or ل) that no linked mention covers: candidates for
/// organizations the knowledge base lacks.
/// </summary>
public sealed class GazetteerOrgsHarness : IHarness
{
    private static readonly HashSet<string> HeadWords = new(
        new[]
        {
            "منظمة", "هيئة", "حزب", "حركة", "جماعة", "وكالة", "اتحاد", "مجلس", "جبهة", "ميليشيا", "ميليشيات",
            "مليشيا", "مليشيات", "كتائب", "لجنة", "مفوضية", "صندوق", "برنامج", "جامعة", "تنظيم", "تحالف", "قوات",
            "الاتحاد", "المجلس", "اللجنة", "الهيئة", "المنظمة", "الجبهة", "الحركة", "الجماعة", "الوكالة",
        }.Select(ArabicNormalizer.Normalize),
        StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "gazetteer-orgs";

    /// <inheritdoc />
    public string Description => "organization gap over saudinewsnet [N] [TOP]: unlinked ORG spans and unlinked phrases after منظمة/حزب/حركة/مجلس …";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"{SaudiArticle.Folder}: not found");
            return 3;
        }
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 5000;
        var top = args.Length > 1 && int.TryParse(args[1], out var t) ? t : 60;
        var recognizer = EntityRecognizer.Default;
        var kb = recognizer.KnowledgeBase;
        var linked = new Dictionary<EntityType, int>();
        var unlinked = new Dictionary<EntityType, int>();
        var orgSpans = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new[]
        {
            new Dictionary<string, int>(StringComparer.Ordinal),
            new Dictionary<string, int>(StringComparer.Ordinal),
            new Dictionary<string, int>(StringComparer.Ordinal),
        };
        var articles = 0;
        foreach (var (index, day, text, url) in SaudiArticle.Pages(count))
        {
            articles = index + 1;
            var mentions = recognizer.Recognize(text, day, kb.OutletCountry(url)?.Iso3);
            var tokens = GazetteerTokenizer.Tokenize(text);
            var covered = new bool[tokens.Count];
            foreach (var m in mentions)
            {
                var table = m.Name is null ? unlinked : linked;
                table[m.Type] = table.GetValueOrDefault(m.Type) + 1;
                if (m.Name is null && m.Type == EntityType.Org)
                {
                    var key = ArabicNormalizer.Normalize(m.Text);
                    orgSpans[key] = orgSpans.GetValueOrDefault(key) + 1;
                }
                if (m.Name is null)
                {
                    continue;
                }
                for (var k = 0; k < tokens.Count; k++)
                {
                    covered[k] |= tokens[k].Start < m.End && m.Start < tokens[k].End;
                }
            }
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                var head = tokens[k].Norm;
                var isHead = HeadWords.Contains(head)
                    || (head.Length > 3 && head[0] is 'و' or 'ب' or 'ل' && HeadWords.Contains(head[1..]));
                if (!isHead || covered[k] || covered[k + 1])
                {
                    continue;
                }
                // The phrase is taken from the head without its proclitic, up to three words after it,
                // stopping at a linked mention or at punctuation (a gap between tokens other than a space).
                var phrase = HeadWords.Contains(head) ? head : head[1..];
                for (var j = 1; j <= 3 && k + j < tokens.Count && !covered[k + j]; j++)
                {
                    if (text.AsSpan(tokens[k + j - 1].End, tokens[k + j].Start - tokens[k + j - 1].End).Trim().Length > 0)
                    {
                        break;
                    }
                    phrase += " " + tokens[k + j].Norm;
                    phrases[j - 1][phrase] = phrases[j - 1].GetValueOrDefault(phrase) + 1;
                }
            }
        }
        Console.WriteLine($"articles {articles:N0}");
        foreach (var type in linked.Keys.Union(unlinked.Keys).Order())
        {
            Console.WriteLine($"{type}: linked {linked.GetValueOrDefault(type):N0}, unlinked {unlinked.GetValueOrDefault(type):N0}");
        }
        Console.WriteLine($"linked, all types: {linked.Values.Sum():N0}; unlinked: {unlinked.Values.Sum():N0}");
        Print("unlinked ORG spans", orgSpans, top);
        for (var j = 0; j < phrases.Length; j++)
        {
            Print($"unlinked phrases, head + {j + 1} word(s)", phrases[j], top);
        }
        return 0;
    }

    private static void Print(string title, Dictionary<string, int> counts, int top)
    {
        Console.WriteLine($"## {title} ({counts.Count:N0} distinct, {counts.Values.Sum():N0} in all)");
        foreach (var (key, n) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n}\t{key}"));
        }
    }
}
