using Dapper;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>A merged event keeps its trigger word and where it is in the evidence article (schema 7).</summary>
public sealed class MergedEventTriggerTests
{
    private const string Sentence = "استقبل الرئيس المصري العاهل الأردني في القاهرة اليوم.";
    private const string Text = "قمة ثنائية.\n" + Sentence;

    private static Document Visit(bool withOffsets)
    {
        var start = Text.IndexOf(Sentence, StringComparison.Ordinal);
        var visit = SampleDocuments.Consult(new EventActor("الرئيس المصري", "Egypt", "EGY", "EGYGOV"), new EventActor("العاهل الأردني", "Jordan", "JOR", "JORGOV"), new DateOnly(2019, 5, 13), Sentence)
            with
        { Start = start, End = start + Sentence.Length, TriggerStart = withOffsets ? start : null, TriggerEnd = withOffsets ? start + 6 : null };
        return new Document
        {
            Id = Pipeline.ContentId(Text + withOffsets),
            Input = withOffsets ? "new.txt" : "old.txt",
            Title = "قمة ثنائية",
            Published = new DateOnly(2019, 5, 13),
            Language = "ar",
            Text = Text,
            Events = [visit],
        };
    }

    [Fact]
    public async Task Should_keep_the_trigger_and_its_offsets_of_a_merged_event()
    {
        // Given a stored report whose event knows its trigger's offsets
        using var temp = new TempFolder();
        using var store = SqliteArticleStore.Open(temp.Path);
        await store.WriteAsync(SampleDocuments.Entries(Visit(withOffsets: true)));

        // When its story is built and its events read
        await store.UpdateStoriesAsync();
        var merged = (await store.GetEventsAsync(new EventFilter())).Single();

        // Then the merged event has the trigger and where it is in the evidence article
        merged.Trigger.Should().Be("استقبل");
        (merged.Evidence.TriggerStart, merged.Evidence.TriggerEnd).Should().Be((Text.IndexOf(Sentence, StringComparison.Ordinal), Text.IndexOf(Sentence, StringComparison.Ordinal) + 6));
        Text[merged.Evidence.TriggerStart!.Value..merged.Evidence.TriggerEnd!.Value].Should().Be(merged.Trigger);
    }

    [Fact]
    public async Task Should_read_a_merged_event_without_offsets_as_older_stores_hold_it()
    {
        // Given a report from a document written before events kept their trigger's offsets
        using var temp = new TempFolder();
        using var store = SqliteArticleStore.Open(temp.Path);
        await store.WriteAsync(SampleDocuments.Entries(Visit(withOffsets: false)));
        await store.UpdateStoriesAsync();

        // and a row whose trigger column is empty, as schema 6 left it
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(temp.Path, SqliteArticleStore.FileName)};Pooling=False"))
        {
            connection.Open();
            connection.Execute("UPDATE merged_events SET trigger = NULL");
        }

        // When its events are read
        var merged = (await store.GetEventsAsync(new EventFilter())).Single();

        // Then the event reads, without a trigger or offsets
        merged.Trigger.Should().BeNull();
        merged.Evidence.TriggerStart.Should().BeNull();
        merged.Evidence.TriggerEnd.Should().BeNull();
        merged.ExampleSentence.Should().Be(Sentence);
    }
}
