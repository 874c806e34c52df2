using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Web.Tests;

/// <summary>A small store written for these tests: a meeting reported twice and a page whose title and text carry markup.</summary>
internal static class WebSamples
{
    public const string InjectedTitle = "<script>window.__x=1</script><b>bold</b>";
    public const string MeetingSentence = "استقبل وزير الخارجية الروسي نظيره الإيراني في موسكو صباح الثلاثاء.";
    public const string MeetingText = "تقرير من العاصمة.\n" + MeetingSentence + "\nوبحث الجانبان ملف التعاون النووي.";
    public const string InjectedText = "ناقش البرلمان ميزانية الموانئ <img src=x onerror=window.__y=1> في جلسة طويلة.";

    public static Document Meeting(string source, string input) => new()
    {
        Id = Pipeline.ContentId(MeetingText + source),
        Input = input,
        Source = source,
        Title = "لقاء وزيري الخارجية في موسكو",
        Published = new DateOnly(2021, 4, 6),
        Language = "ar",
        Text = MeetingText,
        Entities = [new EntityMention("موسكو", MeetingText.IndexOf("موسكو", StringComparison.Ordinal), MeetingText.IndexOf("موسكو", StringComparison.Ordinal) + 5, EntityType.Gpe, "Moscow", "Q649", "RUS", null)],
        Events =
        [
            new Event
            {
                Source = new EventActor("وزير الخارجية الروسي", "Russia", "RUS", "RUSGOV"),
                Target = new EventActor("نظيره الإيراني", "Iran", "IRN", "IRNGOV"),
                Plover = PloverType.Consult,
                Cameo = "043",
                QuadClass = 1,
                Goldstein = 2.8,
                Date = new DateOnly(2021, 4, 6),
                Trigger = "استقبل",
                TriggerStart = MeetingText.IndexOf(MeetingSentence, StringComparison.Ordinal),
                TriggerEnd = MeetingText.IndexOf(MeetingSentence, StringComparison.Ordinal) + "استقبل".Length,
                Sentence = MeetingSentence,
                Start = MeetingText.IndexOf(MeetingSentence, StringComparison.Ordinal),
                End = MeetingText.IndexOf(MeetingSentence, StringComparison.Ordinal) + MeetingSentence.Length,
            },
        ],
    };

    public static Document Injected() => new()
    {
        Id = Pipeline.ContentId(InjectedText),
        Input = "pages/injected.html",
        Source = "<i>outlet</i>",
        Title = InjectedTitle,
        Published = new DateOnly(2021, 5, 1),
        Language = "ar",
        Text = InjectedText,
    };

    /// <summary>Writes the samples into a new store under <paramref name="folder"/> and builds its stories.</summary>
    public static async Task FillAsync(string folder)
    {
        using var store = SqliteArticleStore.Open(folder);
        Document[] documents = [Meeting("وكالة أ", "a/meeting.txt"), Meeting("صحيفة ب", "b/meeting.txt"), Injected()];
        await store.WriteAsync([.. documents.Select(d => new StoreEntry(d, "page:" + d.Input))]);
        await store.RebuildStoriesAsync();
    }
}
