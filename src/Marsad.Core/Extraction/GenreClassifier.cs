using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Marsad.Core.Extraction;

/// <summary>
/// Tells an opinion piece (column, op-ed, editorial, essay, analysis) from a news report, from signals any
/// outlet shows (docs/extraction.md, "Document genre"):
/// <list type="bullet">
/// <item>the url's section (<c>/opinion/</c>, <c>/Articles/</c>, <c>/columns/</c> …);</item>
/// <item>the writer's contact footer (<c>للتواصل مع الكاتب</c>) at the end of the page;</item>
/// <item>else a linear score of the text: first-person words and questions and exclamations per 100 words raise
/// it, reporting verbs and attributions (قال، أوضح، بحسب، واس …) lower it, and long texts lean to opinion.</item>
/// </list>
/// The score's weights were fitted (logistic regression, classes balanced) on 7,295 SaudiNewsNet pages whose
/// outlet's url names the section (alwatan, 3alyoum, al-jazirah), never on the hand-labelled sample that
/// measures the classifier (eval/genre). Thread-safe.
/// </summary>
public static partial class GenreClassifier
{
    // Fitted weights (per 100 words; see the type's summary) and the threshold where precision equals recall on that data.
    private const double Bias = -21.15;
    private const double FirstPersonWeight = 3.39;
    private const double QuestionWeight = 1.14;
    private const double ExclamationWeight = 0.75;
    private const double ReportingWeight = -4.52;
    private const double LengthWeight = 3.44;
    private const double Threshold = 0.5;

    // Alef forms are folded (أ إ آ → ا) on both sides, nothing else, so a word matches as written.
    private static readonly FrozenSet<string> ReportingWords = Fold("""
        قال وقال قالت وقالت أضاف وأضاف أضافت وأضافت أوضح وأوضح أوضحت وأوضحت أكد وأكد أكدت وأكدت أشار وأشار أشارت
        وأشارت مشيرا مشيراً مؤكدا مؤكداً مضيفا مضيفاً موضحا موضحاً أعلن وأعلن أعلنت وأعلنت أفاد وأفاد أفادت وأفادت
        ذكر وذكر ذكرت وذكرت بحسب حسب وفقا وفقاً لوكالة وكالة واس المتحدث متحدث بيان بيانا بياناً وبين وبينت صرح وصرح
        تصريح تصريحات أمس اليوم
        """);

    private static readonly FrozenSet<string> FirstPersonWords = Fold("""
        أنا وأنا إنني فإنني انني لأنني أعتقد وأعتقد اعتقد أظن أرى وأرى أتمنى أقول وأقول قلت كتبت أكتب نحن ونحن فنحن
        إننا لسنا علينا لدينا عندنا أننا لأننا مجتمعنا بلادنا وطننا نحتاج نريد نرى نعرف نعلم دعونا لنا ليتنا أليس ألا
        هل وهل فهل لماذا ولماذا كيف فكيف متى
        """);

    /// <summary>The genre of a page from its url, its extracted text and its raw content (for the footer).</summary>
    public static ArticleGenre Classify(string? url, string text, string? raw = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (url is not null && OpinionSection().IsMatch(url))
        {
            return ArticleGenre.Opinion;
        }
        // The footer is often cut from the extracted text as boilerplate: look at the end of both.
        if (HasContactFooter(text) || (raw is not null && HasContactFooter(raw)))
        {
            return ArticleGenre.Opinion;
        }
        return Score(text) > Threshold ? ArticleGenre.Opinion : ArticleGenre.News;
    }

    /// <summary>The text's linear opinion score (above 0.5: opinion); for the genre harness.</summary>
    public static double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0, reporting = 0, firstPerson = 0, questions = 0, exclamations = 0;
        foreach (var c in text)
        {
            if (c is '?' or '؟')
            {
                questions++;
            }
            else if (c == '!')
            {
                exclamations++;
            }
        }
        var lookup = ReportingWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstLookup = FirstPersonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        foreach (var range in text.AsSpan().SplitAny(" \t\n\r"))
        {
            var segment = text.AsSpan(range);
            if (segment.IsEmpty)
            {
                continue;
            }
            words++;
            var word = segment.Trim(".,،؛:!؟?\"«»()");
            if (word.Length == 0 || word.Length > buffer.Length)
            {
                continue;
            }
            var folded = FoldInto(word, buffer);
            if (lookup.Contains(folded))
            {
                reporting++;
            }
            else if (firstLookup.Contains(folded))
            {
                firstPerson++;
            }
        }
        var n = Math.Max(words, 1);
        double Rate(int count) => count * 100.0 / n;
        return Bias + (FirstPersonWeight * Rate(firstPerson)) + (QuestionWeight * Rate(questions))
            + (ExclamationWeight * Rate(exclamations)) + (ReportingWeight * Rate(reporting)) + (LengthWeight * Math.Log(n + 1));
    }

    private static bool HasContactFooter(string text)
        => text.AsSpan(Math.Max(0, text.Length - 400)).Contains("للتواصل مع الكاتب", StringComparison.Ordinal);

    private static ReadOnlySpan<char> FoldInto(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = word[i] is 'أ' or 'إ' or 'آ' ? 'ا' : word[i];
        }
        return buffer[..word.Length];
    }

    private static FrozenSet<string> Fold(string words)
        => words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => string.Create(w.Length, w, (span, s) => FoldInto(s, span)))
            .ToFrozenSet(StringComparer.Ordinal);

    // An opinion section in the url path: /opinion/, /opinions/, /columns/, /columnists/, /kottab/, /Articles/ (plural:
    // several outlets file every story under /article/), /views/, /editorial/; al-jazirah's page codes ar (مقالات) and rj (الرأي).
    [GeneratedRegex(@"/(?:opinions?|columns?|columnists?|kottab|Articles|views|editorials?)/|al-jazirah\.com/\d{4}/\d{8}/(?:ar|rj)\d+\.htm", RegexOptions.IgnoreCase)]
    private static partial Regex OpinionSection();
}
