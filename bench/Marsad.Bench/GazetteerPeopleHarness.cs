using System.Globalization;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// <c>gazetteer-people [N] [TOP]</c>: the people gap of the knowledge base on the first N SaudiNewsNet articles
/// (default 5,000), run through <see cref="EntityRecognizer.Default"/> (knowledge base and tagger) with each page's
/// date and outlet state, as <c>gazetteer-orgs</c> does. Prints the linked and unlinked PERSON mentions, the most
/// frequent unlinked PERSON spans (tagger spans the base does not link) with how many of them follow a title of
/// <c>titles.tsv</c> and the most frequent such title phrase (the title and the words up to the name:
/// «رئيس الوزراء الهندي»), then the most frequent title phrases before unlinked names: candidates for the people
/// event coding needs. With <c>--linked FILE</c>, writes every linked PERSON mention (article index, offset, text, name,
/// code) to FILE, one a line, to compare two builds of the knowledge base on the same articles.
/// </summary>
public sealed class GazetteerPeopleHarness : IHarness
{
    /// <inheritdoc />
    public string Name => "gazetteer-people";

    /// <inheritdoc />
    public string Description => "people gap over saudinewsnet [N] [TOP] [--linked FILE]: unlinked PERSON spans with the title before them";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"{SaudiArticle.Folder}: not found");
            return 3;
        }
        var at = Array.IndexOf(args, "--linked");
        using var linkedOut = at >= 0 && at + 1 < args.Length ? new StreamWriter(args[at + 1]) : null;
        args = at >= 0 ? [.. args[..at], .. args[Math.Min(at + 2, args.Length)..]] : args;
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 5000;
        var top = args.Length > 1 && int.TryParse(args[1], out var t) ? t : 80;
        var recognizer = EntityRecognizer.Default;
        var kb = recognizer.KnowledgeBase;
        // Titles as token sequences of normalized words, longest first so that رئيس الوزراء wins over رئيس.
        var titles = kb.Titles
            .Select(x => x.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Normalize).ToArray())
            .DistinctBy(x => string.Join(' ', x))
            .OrderByDescending(x => x.Length)
            .ToList();
        var linkedPeople = 0;
        var unlinkedPeople = 0;
        var spans = new Dictionary<string, int>(StringComparer.Ordinal);
        var titled = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleOf = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = 0;
        foreach (var (index, day, text, url) in SaudiArticle.Pages(count))
        {
            articles = index + 1;
            var mentions = recognizer.Recognize(text, day, kb.OutletCountry(url)?.Iso3);
            List<GazetteerToken>? tokens = null;
            foreach (var m in mentions)
            {
                if (m.Type != EntityType.Person)
                {
                    continue;
                }
                if (m.Name is not null)
                {
                    linkedPeople++;
                    linkedOut?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{index}\t{m.Start}\t{m.Text}\t{m.Name}\t{m.Code}"));
                    continue;
                }
                unlinkedPeople++;
                var key = ArabicNormalizer.Normalize(m.Text);
                spans[key] = spans.GetValueOrDefault(key) + 1;
                tokens ??= [.. GazetteerTokenizer.Tokenize(text)];
                var title = TitleBefore(text, tokens, m.Start, titles);
                if (title is null)
                {
                    continue;
                }
                titled[key] = titled.GetValueOrDefault(key) + 1;
                var forName = titleOf.TryGetValue(key, out var d) ? d : titleOf[key] = new(StringComparer.Ordinal);
                forName[title] = forName.GetValueOrDefault(title) + 1;
                phrases[title] = phrases.GetValueOrDefault(title) + 1;
            }
        }
        Console.WriteLine($"articles {articles:N0}");
        Console.WriteLine($"PERSON mentions: linked {linkedPeople:N0}, unlinked {unlinkedPeople:N0}; unlinked after a title {titled.Values.Sum():N0}");
        Console.WriteLine($"## unlinked PERSON spans ({spans.Count:N0} distinct, {spans.Values.Sum():N0} in all): count, after a title, most frequent title, span");
        foreach (var (key, k) in spans.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
        {
            var best = titleOf.TryGetValue(key, out var d) ? d.MaxBy(p => p.Value).Key : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k}\t{titled.GetValueOrDefault(key)}\t{best}\t{key}"));
        }
        Console.WriteLine($"## unlinked PERSON spans after a title, by title count ({titled.Count:N0} distinct)");
        foreach (var (key, k) in titled.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
        {
            var best = titleOf[key].MaxBy(p => p.Value).Key;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k}\t{spans[key]}\t{best}\t{key}"));
        }
        Console.WriteLine($"## title phrases before unlinked PERSON spans ({phrases.Count:N0} distinct)");
        foreach (var (key, k) in phrases.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k}\t{key}"));
        }
        return 0;
    }

    /// <summary>
    /// The title phrase ending just before <paramref name="start"/>: a title of <c>titles.tsv</c> (with و, ب or ل before
    /// it allowed) followed by at most three words up to the name, with no punctuation between them; null when none.
    /// </summary>
    private static string? TitleBefore(string text, List<GazetteerToken> tokens, int start, List<string[]> titles)
    {
        var first = tokens.FindIndex(x => x.End > start);
        if (first <= 0)
        {
            return null;
        }
        // How far back the words run unbroken (only spaces between them).
        var from = first;
        while (from > 0 && first - from < 6
            && text.AsSpan(tokens[from - 1].End, tokens[from].Start - tokens[from - 1].End).Trim().Length == 0)
        {
            from--;
        }
        for (var k = Math.Max(from, first - 6); k < first; k++)
        {
            foreach (var title in titles)
            {
                if (k + title.Length > first || first - (k + title.Length) > 3)
                {
                    continue;
                }
                var matches = true;
                for (var j = 0; j < title.Length && matches; j++)
                {
                    var word = tokens[k + j].Norm;
                    matches = word == title[j]
                        || (j == 0 && word.Length > title[0].Length && word[0] is 'و' or 'ب' or 'ل' && word.AsSpan(1).SequenceEqual(title[0]));
                }
                if (matches)
                {
                    return string.Join(' ', tokens.Skip(k).Take(first - k).Select(x => x.Norm));
                }
            }
        }
        return null;
    }
}
