using System.Buffers;
using System.IO.Hashing;
using System.Text;
using Marsad.Core.Documents;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;
using Marsad.Core.Entities.Tagging;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Extraction;
using Marsad.Core.Language;
using Marsad.Core.Language.Dates;
using Marsad.Core.Reading;

namespace Marsad.Core;

/// <summary>
/// The analysis of one page, stage by stage: Extraction, Language, Entities (with quotes), Events.
/// A pure function of its input and the knowledge base, safe to call from many threads.
/// </summary>
public sealed class Pipeline
{
    private readonly ArticleExtractor _extractor = new();
    private readonly EntityRecognizer _recognizer;

    /// <summary>The pipeline with <see cref="EntityRecognizer.Default"/> (knowledge base and name tagger).</summary>
    public Pipeline()
        : this(LoadDefaults())
    {
    }

    /// <summary>The pipeline with another entity recognizer, e.g. <see cref="EntityRecognizer.KnowledgeBaseOnly"/>.</summary>
    public Pipeline(EntityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
    }

    /// <summary>Analyzes one page into its document.</summary>
    public Document Process(RawPage page) => ProcessAnalyzed(page).Document;

    /// <summary>
    /// Analyzes one page into its document, with the Language stage's analysis of its text, so a
    /// caller that needs tokens or sentences of the text (the store's search terms and story leads) does not analyze it again.
    /// </summary>
    public (Document Document, AnalyzedText Analysis) ProcessAnalyzed(RawPage page)
    {
        var article = _extractor.Extract(page);
        var date = article.Published ?? article.ReferenceDate;
        // The outlet's state lets المملكة alone name it (a Saudi paper's kingdom is Saudi Arabia).
        var outlet = _recognizer.KnowledgeBase.OutletCountry(article.Url, article.Source);
        var entities = _recognizer.Recognize(article.Text, date, outlet?.Iso3);
        var quotes = QuoteFinder.Find(article.Text).Select(q => SpeakerLinker.Link(q, entities, _recognizer.KnowledgeBase)).ToList();
        // Events carry no date when the article has none: a story may lend one later (EventMerger).
        var analysis = ArabicAnalyzer.Default.Analyze(article.Text);
        // The text's dates, found once when a stage first needs them: the coder dates its events with them, the
        // history and opinion rules below read them again.
        var dates = new Lazy<IReadOnlyList<DateMention>>(() => DateRecognizer.Find(article.Text, date), LazyThreadSafetyMode.None);
        var events = EventCoder.Default.Code(analysis, entities, date, dates, quotes);
        // وفي عام 2013 قتل مسلحون …، أوقفت في فبراير 2014: acts the sentence anchors long before the article are background.
        events = PastAnchors.WithoutHistory(analysis, events, date, dates);
        if (article.Genre == ArticleGenre.Opinion)
        {
            events = NewsInOpinion(events, date, dates.Value);
        }
        return (new Document
        {
            Id = ContentId(article.Text),
            Input = article.Origin,
            Url = article.Url,
            Source = article.Source,
            Title = article.Title,
            Published = article.Published,
            PublishedFrom = article.PublishedFrom,
            Language = LanguageDetector.Detect(article.Text),
            Genre = article.Genre,
            Text = article.Text,
            Entities = entities,
            Quotes = quotes,
            Events = events,
        }, analysis);
    }

    // The built-in resources load on first use, one after another on the thread that needs them first:
    // the name tagger's model and the event lexicons load beside the knowledge base instead, so the
    // workers start sooner (the loads are independent; each Lazy still loads once).
    private static EntityRecognizer LoadDefaults()
    {
        var tagger = Task.Run(() => NameTagger.Default);
        var events = Task.Run(() => (TriggerLexicon.Default, RoleWords.Default));
        var recognizer = EntityRecognizer.Default;
        Task.WaitAll(tagger, events);
        return recognizer;
    }

    /// <summary>
    /// The events an opinion piece reports as news: those whose sentence dates the act to within
    /// <see cref="OpinionNewsDays"/> days of the article (أمس، الأحد الماضي، 3 أغسطس). The rest of a column is the
    /// writer's reasoning told with event words (دعوات الحوار، تهديدات، رفع العقوبات) or history, which analysts do not
    /// code (eval/events-real/README.md); docs/evaluation-events.md measures the choice.
    /// </summary>
    internal static IReadOnlyList<Event> NewsInOpinion(string text, IReadOnlyList<Event> events, DateOnly? date) =>
        events.Count == 0 ? events : NewsInOpinion(events, date, DateRecognizer.Find(text, date));

    // The same, with the text's dates found by the caller (DateRecognizer.Find against the same date).
    private static IReadOnlyList<Event> NewsInOpinion(IReadOnlyList<Event> events, DateOnly? date, IReadOnlyList<DateMention> dates)
    {
        if (events.Count == 0)
        {
            return events;
        }
        return events.Where(e => dates.Any(d => d.Start >= e.Start && d.End <= e.End
            && (date is not { } day || Math.Abs(d.Value.DayNumber - day.DayNumber) <= OpinionNewsDays))).ToList();
    }

    /// <summary>How recent a dated act in an opinion piece must be to count as news.</summary>
    internal const int OpinionNewsDays = 31;

    /// <summary>The document id: XxHash128 of the normalized text with runs of whitespace collapsed, as lower-case hex.</summary>
    public static string ContentId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The same bytes as string.Join(' ', Normalize(text).Split(null, RemoveEmptyEntries)) in UTF-8, written into
        // pooled buffers instead of a string per word, the joined string and its bytes (≈ 40 KB per article).
        var chars = ArrayPool<char>.Shared.Rent(ArabicNormalizer.GetMaxNormalizedLength(text.Length));
        byte[]? bytes = null;
        try
        {
            var length = ArabicNormalizer.Normalize(text, chars);
            var written = 0;
            var pendingSpace = false;
            for (var i = 0; i < length; i++)
            {
                var c = chars[i];
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = written > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    chars[written++] = ' ';
                    pendingSpace = false;
                }
                chars[written++] = c;
            }
            bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(written));
            var count = Encoding.UTF8.GetBytes(chars.AsSpan(0, written), bytes);
            return Convert.ToHexStringLower(XxHash128.Hash(bytes.AsSpan(0, count)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }
}
