using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Extraction;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>Documents written for these tests, with every part filled so every column is exercised.</summary>
internal static class SampleDocuments
{
    public const string MeetingText = "التقى وزير الخارجية الروسي نظيره الإيراني في طهران يوم الاثنين.\nوقال الوزير إن \"المحادثات كانت بناءة\".";

    public static Document Meeting(string input = "news/meeting.txt", string title = "لقاء في طهران") => new()
    {
        Id = Pipeline.ContentId(MeetingText),
        Input = input,
        Url = "https://example.org/2015/11/23/meeting",
        Source = "Example News",
        Title = title,
        Published = new DateOnly(2015, 11, 23),
        PublishedFrom = DateSource.Url,
        Language = "ar",
        Text = MeetingText,
        Entities =
        [
            new EntityMention("روسيا", 22, 27, EntityType.Gpe, "Russia", "Q159", "RUS", "RUS"),
            new EntityMention("طهران", 51, 56, EntityType.Gpe, "Tehran", "Q3616", "IRN", null),
        ],
        Quotes = [new Quote(null, "الوزير", "المحادثات كانت بناءة", 78, 98)],
        Events =
        [
            new Event
            {
                Source = new EventActor("وزير الخارجية الروسي", null, "RUS", "RUSGOV"),
                Target = new EventActor("نظيره الإيراني", null, "IRN", "IRNGOV"),
                Plover = PloverType.Consult,
                Cameo = "043",
                QuadClass = 1,
                Goldstein = 2.8,
                Date = new DateOnly(2015, 11, 23),
                Location = new EventLocation("Tehran", "IRN", 35.69, 51.39),
                Trigger = "التقى",
                Sentence = "التقى وزير الخارجية الروسي نظيره الإيراني في طهران يوم الاثنين.",
                Start = 0,
                End = 64,
            },
        ],
    };

    /// <summary>A consultation event whose evidence is the whole <paramref name="sentence"/> (the first of its document).</summary>
    public static Event Consult(EventActor source, EventActor target, DateOnly date, string sentence, string cameo = "042", double goldstein = 1.9, string trigger = "استقبل") => new()
    {
        Source = source,
        Target = target,
        Plover = PloverType.Consult,
        Cameo = cameo,
        QuadClass = 1,
        Goldstein = goldstein,
        Date = date,
        Trigger = trigger,
        Sentence = sentence,
        Start = 0,
        End = sentence.Length,
    };

    /// <summary>The documents as store entries, each with a fingerprint standing for its page.</summary>
    public static StoreEntry[] Entries(params IEnumerable<Document> documents) =>
        documents.Select(d => new StoreEntry(d, $"page:{d.Input}")).ToArray();

    /// <summary>A plain document with its own text: number <paramref name="n"/> of a series.</summary>
    public static Document Numbered(int n, string? source = null, DateOnly? published = null)
    {
        var text = $"أعلنت وزارة الصحة تسجيل {n} حالة جديدة في المنطقة الشرقية.\nوأكدت الوزارة استمرار حملة التطعيم.";
        return new Document
        {
            Id = Pipeline.ContentId(text),
            Input = $"series/{n:D4}.txt",
            Source = source,
            Title = $"حالات جديدة: {n}",
            Published = published,
            PublishedFrom = published is null ? null : DateSource.Input,
            Language = "ar",
            Text = text,
        };
    }
}
