using System.Text;
using Marsad.Core.Entities;

namespace Marsad.Bench;

/// <summary>
/// The knowledge-base recognizer alone (no statistical tagger) against ANERcorp's usual test
/// split (its last sixth): exact token-span precision, recall and F1 per type, GPE and LOC
/// both counted as ANERcorp's LOC; MISC is ignored. Nisba adjectives (الروسي) are not
/// entities in ANERcorp: they are reported apart and left out of the scores.
/// </summary>
public sealed class GazetteerAnercorpHarness : IHarness
{
    /// <inheritdoc />
    public string Name => "gazetteer-anercorp";

    /// <inheritdoc />
    public string Description => "knowledge-base NER vs ANERcorp test split: exact-span P/R/F1 per type";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var path = Path.Combine(Corpus.DataRoot, "anercorp", "ANERCorp_original_ITE5th.txt");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: not found");
            return 3;
        }
        var lines = File.ReadAllLines(path).Where(l => l.Contains(' ', StringComparison.Ordinal)).ToList();
        var test = lines.Skip(lines.Count * 5 / 6).Select(l => (Word: l[..l.LastIndexOf(' ')], Tag: l[(l.LastIndexOf(' ') + 1)..])).ToList();

        var text = new StringBuilder();
        var starts = new List<int>();
        foreach (var (word, _) in test)
        {
            starts.Add(text.Length);
            text.Append(word).Append(' ');
        }
        var gold = GoldSpans(test);
        var recognizer = EntityRecognizer.KnowledgeBaseOnly;
        var kb = recognizer.KnowledgeBase;
        var nisbas = kb.Countries.SelectMany(c => c.Demonyms).Select(Marsad.Core.Language.ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        var predicted = new HashSet<(int, int, string)>();
        var skippedNisbas = 0;
        foreach (var m in recognizer.Recognize(text.ToString(), null))
        {
            if (m.Type == EntityType.Gpe && nisbas.Contains(Marsad.Core.Language.ArabicNormalizer.Normalize(m.Text)))
            {
                skippedNisbas++;
                continue;
            }
            var first = TokenAt(starts, m.Start);
            var last = TokenAt(starts, m.End - 1);
            predicted.Add((first, last, m.Type switch { EntityType.Person => "PERS", EntityType.Org => "ORG", _ => "LOC" }));
        }
        Console.WriteLine($"ANERcorp test split: {test.Count:N0} tokens, {gold.Count:N0} gold PERS/LOC/ORG spans; {skippedNisbas:N0} nisba mentions left out");
        foreach (var type in new[] { "PERS", "LOC", "ORG", "ALL" })
        {
            var g = gold.Where(s => type == "ALL" || s.Item3 == type).ToHashSet();
            var p = predicted.Where(s => type == "ALL" || s.Item3 == type).ToHashSet();
            var tp = p.Count(g.Contains);
            var precision = p.Count == 0 ? 0 : (double)tp / p.Count;
            var recall = g.Count == 0 ? 0 : (double)tp / g.Count;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            Console.WriteLine($"{type,-5} predicted {p.Count,5}  gold {g.Count,5}  P {precision:P1}  R {recall:P1}  F1 {f1:P1}");
        }
        return 0;
    }

    private static HashSet<(int, int, string)> GoldSpans(List<(string Word, string Tag)> tokens)
    {
        var spans = new HashSet<(int, int, string)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Tag.StartsWith("B-", StringComparison.Ordinal) || tokens[i].Tag == "B-MISC")
            {
                continue;
            }
            var type = tokens[i].Tag[2..];
            var end = i;
            while (end + 1 < tokens.Count && tokens[end + 1].Tag == "I-" + type)
            {
                end++;
            }
            spans.Add((i, end, type));
        }
        return spans;
    }

    private static int TokenAt(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}
