using System.Globalization;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;

namespace Marsad.Bench;

/// <summary>
/// Places and the outlet's state over SaudiNewsNet. Two modes:
/// <list type="bullet">
/// <item><c>gazetteer-places [N] [--dump FILE] [--no-outlet]</c>: the first N articles (default 2,000) through
/// <see cref="EntityRecognizer.Default"/> with each page's outlet state; counts of GPE/LOC mentions and of
/// المملكة linked to the outlet; <c>--dump</c> writes every linked place or state mention with its context
/// (article, offset, text, name, country, context) for a before/after diff and a hand check;</item>
/// <item><c>gazetteer-places contexts [TOP]</c>: over the whole corpus, the words after a place word
/// (مدينة، بلدة، قرية، محافظة، منطقة، مخيم, with و, ب or ل; في is too often before ordinary words) that no knowledge-base mention covers, by frequency:
/// candidates for towns the knowledge base lacks.</item>
/// </list>
/// </summary>
public sealed class GazetteerPlacesHarness : IHarness
{
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "مدينه", "بلده", "قريه", "محافظه", "منطقه", "مخيم",
    };

    /// <inheritdoc />
    public string Name => "gazetteer-places";

    /// <inheritdoc />
    public string Description => "places over saudinewsnet: place/state mentions and المملكة by outlet on N articles (--dump FILE), or `contexts`: unknown words after place words";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"{SaudiArticle.Folder}: not found");
            return 3;
        }
        return args.Length > 0 && args[0] == "contexts"
            ? Contexts(args.Length > 1 && int.TryParse(args[1], out var top) ? top : 150)
            : Mentions(args);
    }

    private static int Mentions(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2000;
        var dumpIndex = Array.IndexOf(args, "--dump");
        var dump = dumpIndex >= 0 && dumpIndex + 1 < args.Length ? new StreamWriter(args[dumpIndex + 1]) : null;
        var useOutlet = !args.Contains("--no-outlet");
        var recognizer = EntityRecognizer.Default;
        var kb = recognizer.KnowledgeBase;
        long gpe = 0, loc = 0, places = 0, own = 0, withOutlet = 0, articles = 0;
        foreach (var (index, day, text, url) in SaudiArticle.Pages(count))
        {
            articles = index + 1;
            var outlet = useOutlet ? kb.OutletCountry(url) : null;
            withOutlet += outlet is null ? 0 : 1;
            foreach (var m in recognizer.Recognize(text, day, outlet?.Iso3))
            {
                if (m.Type is not (EntityType.Gpe or EntityType.Loc) || m.Name is null)
                {
                    continue;
                }
                gpe += m.Type == EntityType.Gpe ? 1 : 0;
                loc += m.Type == EntityType.Loc ? 1 : 0;
                places += m.Code is null ? 1 : 0;
                own += m.Text.EndsWith("مملكة", StringComparison.Ordinal) && m.Code is not null ? 1 : 0;
                if (dump is not null)
                {
                    var from = Math.Max(0, m.Start - 40);
                    var to = Math.Min(text.Length, m.End + 40);
                    var context = text[from..to].Replace('\n', ' ').Replace('\t', ' ');
                    dump.WriteLine(string.Join('\t', index.ToString(CultureInfo.InvariantCulture),
                        m.Start.ToString(CultureInfo.InvariantCulture), m.Text, m.Name, m.Country ?? "", m.Code ?? "", context));
                }
            }
        }
        dump?.Dispose();
        Console.WriteLine($"articles {articles:N0} ({withOutlet:N0} with an outlet state)");
        Console.WriteLine($"linked mentions: GPE {gpe:N0}, LOC {loc:N0}; places (no actor code) {places:N0}; المملكة as the outlet's state {own:N0}");
        return 0;
    }

    private static int Contexts(int top)
    {
        var recognizer = EntityRecognizer.KnowledgeBaseOnly;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (day, text) in SaudiArticle.Contents())
        {
            var tokens = GazetteerTokenizer.Tokenize(text);
            var covered = new HashSet<int>();
            foreach (var m in recognizer.Recognize(text, tokens, day))
            {
                for (var k = 0; k < tokens.Count; k++)
                {
                    if (tokens[k].Start < m.End && m.Start < tokens[k].End)
                    {
                        covered.Add(k);
                    }
                }
            }
            for (var k = 1; k < tokens.Count; k++)
            {
                var before = tokens[k - 1].Norm;
                var isPlaceWord = PlaceWords.Contains(before)
                    || (before.Length > 3 && before[0] is 'و' or 'ب' or 'ل' && PlaceWords.Contains(before[1..]));
                if (!isPlaceWord || covered.Contains(k) || tokens[k].Norm.Length < 3)
                {
                    continue;
                }
                var word = tokens[k].Norm;
                if (k + 1 < tokens.Count && !covered.Contains(k + 1) && tokens[k + 1].Norm.Length >= 3)
                {
                    // Two-word names (دير الزور، خان يونس) are counted too, as their own entries.
                    var pair = word + " " + tokens[k + 1].Norm;
                    counts[pair] = counts.GetValueOrDefault(pair) + 1;
                }
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
        foreach (var (word, n) in counts.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"{n}\t{word}");
        }
        return 0;
    }
}
