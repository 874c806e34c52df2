using Marsad.Core.Language;
using Marsad.Core.Language.Dates;

namespace Marsad.Core.Extraction.Text;

/// <summary>The article found in a crawled text page.</summary>
/// <param name="Title">The first line (the page title, site name still attached).</param>
/// <param name="Text">The article's paragraphs and subheadings, separated by <c>\n</c>.</param>
internal sealed record CrawlText(string Title, string Text);

/// <summary>
/// Finds the article in a page as web crawls store it (title on the first line, then
/// every text line of the page) by classifying lines:
/// <list type="bullet">
/// <item>prose: long enough and with a share of function words (في، من، أن…) as running text has, or a full sentence ending in punctuation;</item>
/// <item>boilerplate: lines with a copyright, "go to top", comment-form, related-articles, sharing or menu phrase (<c>Resources/Extraction/boilerplate-lines.txt</c>), lines that are only a date or time, and lines the same site repeats on other pages of the run (<see cref="BoilerplateMemory"/>);</item>
/// <item>the article is the stretch of lines with the most prose, where each other line costs, so runs of menu items and short headlines break it while a lone line between paragraphs does not;</item>
/// <item>inside that stretch, prose lines are kept, and so are subheadings: short lines followed by prose, unless they follow a boilerplate line (the headline after "اقرأ أيضا").</item>
/// </list>
/// </summary>
internal static class CrawlTextReader
{
    private const int ShortLineCost = 50;
    private const int BoilerplateCost = 80;
    private const int MaxSubheadingWords = 14;
    private const int MaxGap = 2;
    private const int MaxSiteSuffix = 40;

    /// <summary>
    /// Reads <paramref name="content"/>; <paramref name="site"/> and <paramref name="memory"/> enable cross-page repetition.
    /// When the record carries its own title (<paramref name="knownTitle"/>, e.g. a JSON Lines
    /// <c>title</c>), the first line is the title only if it repeats that title; otherwise it is text.
    /// </summary>
    public static CrawlText Read(string content, string site, BoilerplateMemory? memory, string? knownTitle = null)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            return new CrawlText("", "");
        }
        var firstIsTitle = knownTitle is null || SameTitle(lines[0], knownTitle);
        var title = firstIsTitle ? lines[0] : knownTitle!;
        var body = lines.Skip(firstIsTitle ? 1 : 0).ToList();
        memory?.Observe(site, body);
        var kinds = body.Select(l => Classify(l, site, memory)).ToList();
        var (start, end) = BestStretch(body, kinds);
        var kept = new List<string>();
        var headline = string.Join(' ', ArabicNormalizer.Normalize(title).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        for (var i = start; i < end; i++)
        {
            if (kinds[i] == LineKind.Prose
                || (kinds[i] == LineKind.Short && i + 1 < end && kinds[i + 1] == LineKind.Prose && Words(body[i]) <= MaxSubheadingWords
                    && (i == 0 || kinds[i - 1] != LineKind.Boilerplate)
                    && !headline.Contains(ArabicNormalizer.Normalize(body[i]), StringComparison.Ordinal)))
            {
                kept.Add(body[i]);
            }
        }
        return new CrawlText(title, string.Join('\n', kept));
    }

    private static bool SameTitle(string line, string title)
    {
        var (a, b) = (ArabicNormalizer.Normalize(line).Trim(), ArabicNormalizer.Normalize(title).Trim());
        // The title line may carry a site name after it, or be a shortened title; a paragraph
        // that merely contains the title's words is text.
        return b.Length > 0 && a.Length > 0
            && (a == b
                || (a.StartsWith(b, StringComparison.Ordinal) && a.Length <= b.Length + MaxSiteSuffix)
                || (b.Contains(a, StringComparison.Ordinal) && a.Length * 2 >= b.Length));
    }

    private enum LineKind
    {
        Prose,
        Short,
        Boilerplate,
    }

    private static LineKind Classify(string line, string site, BoilerplateMemory? memory)
    {
        if (memory is not null && memory.IsBoilerplate(site, line))
        {
            return LineKind.Boilerplate;
        }
        var normalized = ArabicNormalizer.Normalize(line);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 12 && LineLexicon.Default.Match(normalized) is not null)
        {
            return LineKind.Boilerplate;
        }
        if (IsDateOrTime(line, words.Length))
        {
            return LineKind.Boilerplate;
        }
        var function = words.Count(w => IsFunctionWord(w));
        var share = words.Length == 0 ? 0 : (double)function / words.Length;
        var sentence = EndsSentence(line);
        // A full sentence of ten words or more is prose even when names fill it (استقبل الرئيس المصري عبد الفتاح السيسي العاهل
        // الأردني الملك عبد الله الثاني في القاهرة اليوم.: one function word in fifteen).
        if ((words.Length >= 12 && share >= 0.12) || (words.Length >= 6 && sentence && share >= 0.08) || (words.Length >= 10 && sentence) || words.Length >= 40)
        {
            return LineKind.Prose;
        }
        return LineKind.Short;
    }

    private static bool IsFunctionWord(string word)
    {
        var w = word.Trim('"', '«', '»', '(', ')', '.', '،', ',', ':', '؛', '!', '؟', '?');
        var set = LineLexicon.Default.FunctionWords;
        // The conjunction و and the prepositions ب، ل، ف cling to the next word.
        return set.Contains(w) || (w.Length > 2 && w[0] is 'و' or 'ف' or 'ب' or 'ل' && set.Contains(w[1..]));
    }

    private static bool IsDateOrTime(string line, int words)
    {
        if (words > 8)
        {
            return false;
        }
        var dates = DateRecognizer.Find(line, null);
        var covered = dates.Sum(d => d.End - d.Start);
        var digits = line.Count(c => char.IsDigit(c) || c is ':' or '/' or '-' or '.');
        return covered * 2 >= line.Length || digits * 2 >= line.Replace(" ", "", StringComparison.Ordinal).Length;
    }

    private static bool EndsSentence(string line) =>
        line[^1] is '.' or '!' or '؟' or '?' or '…' or '"' or '»' or '”' or ')' or ':';

    private static (int Start, int End) BestStretch(List<string> body, List<LineKind> kinds)
    {
        // Maximum-sum stretch (Kadane): prose adds its length, other lines cost.
        int best = 0, bestStart = 0, bestEnd = 0, sum = 0, start = 0;
        for (var i = 0; i < body.Count; i++)
        {
            sum += kinds[i] switch
            {
                LineKind.Prose => body[i].Length,
                LineKind.Short => -ShortLineCost,
                _ => -BoilerplateCost,
            };
            if (sum <= 0)
            {
                sum = 0;
                start = i + 1;
            }
            else if (sum >= best)
            {
                (best, bestStart, bestEnd) = (sum, start, i + 1);
            }
        }
        // A gap of one or two lines ("read also" and its link, a photo credit) does not end the article.
        while (NextProse(kinds, bestEnd, +1) is { } next && next - bestEnd <= MaxGap)
        {
            bestEnd = next + 1;
        }
        while (NextProse(kinds, bestStart - 1, -1) is { } previous && bestStart - 1 - previous <= MaxGap)
        {
            bestStart = previous;
        }
        return (bestStart, bestEnd);
    }

    private static int? NextProse(List<LineKind> kinds, int from, int step)
    {
        for (var i = from; i >= 0 && i < kinds.Count; i += step)
        {
            if (kinds[i] == LineKind.Prose)
            {
                return i;
            }
        }
        return null;
    }

    private static int Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
