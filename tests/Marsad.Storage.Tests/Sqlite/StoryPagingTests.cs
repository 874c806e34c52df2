using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Core.Extraction;
using Marsad.Storage.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>The store's paged reads for the dashboard: the newest stories, the top actors, the events of one story.</summary>
public sealed class StoryPagingTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SqliteArticleStore _store;

    // Three unrelated happenings written for these tests: two dated a year apart, each with an event, and one undated.
    private static readonly Document Visit = Article("visit.txt", new DateOnly(2021, 3, 14), "ولي العهد السعودي يستقبل رئيس وزراء باكستان",
        "استقبل ولي العهد السعودي رئيس وزراء باكستان في قصر اليمامة بالرياض اليوم، وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي.",
        Meeting("PAK", "PAKGOV", new DateOnly(2021, 3, 14)));

    private static readonly Document Talks = Article("talks.txt", new DateOnly(2022, 5, 1), "مباحثات سعودية إيرانية في بغداد",
        "عقد وفدان سعودي وإيراني جولة جديدة من المباحثات في بغداد تناولت استئناف العلاقات الدبلوماسية وإعادة فتح السفارتين.",
        Meeting("IRN", "IRNGOV", new DateOnly(2022, 5, 1)));

    private static readonly Document Fair = Article("fair.txt", null, "افتتاح معرض الكتاب",
        "افتتح أمير المنطقة معرض الكتاب الدولي بمشاركة أربعمئة دار نشر من ثلاثين دولة، ويستمر المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية.",
        null);

    public StoryPagingTests() => _store = SqliteArticleStore.Open(_temp.Sub("data"));

    [Fact]
    public async Task Should_page_the_stories_newest_first_with_undated_ones_last()
    {
        // Given three stories
        await IngestAsync(Fair, Visit, Talks);

        // When reading them two at a time
        var first = await _store.GetRecentStoriesAsync(0, 2);
        var second = await _store.GetRecentStoriesAsync(2, 2);

        // Then the newest comes first, the undated last, and the pages hold every story once
        first.Select(s => s.LastDate).Should().Equal(new DateOnly(2022, 5, 1), new DateOnly(2021, 3, 14));
        second.Should().ContainSingle().Which.LastDate.Should().BeNull();
        first.Concat(second).Select(s => s.Id).Should().BeEquivalentTo((await _store.GetStoriesAsync()).Select(s => s.Id));
        first[0].Articles.Should().ContainSingle().Which.Id.Should().Be(Talks.Id);
        first[0].Events.Should().HaveCount(1);
    }

    [Fact]
    public async Task Should_count_the_actors_of_merged_events_most_frequent_first()
    {
        // Given Saudi Arabia meeting Pakistan, then Iran
        await IngestAsync(Visit, Talks, Fair);

        // When asking for the top actors
        var top = await _store.GetTopActorsAsync(10);

        // Then Saudi Arabia leads with both events, the others follow by key
        top.Select(a => (a.Key, a.Events)).Should().Equal(("SAUGOV", 2), ("IRNGOV", 1), ("PAKGOV", 1));
        top[0].Name.Should().Be("Mohammed bin Salman");
        (await _store.GetTopActorsAsync(1)).Should().ContainSingle();
    }

    [Fact]
    public async Task Should_give_the_events_of_one_story()
    {
        // Given two stories with one event each
        await IngestAsync(Visit, Talks);
        var talks = (await _store.GetStoryIdOfArticleAsync(Talks.Id))!;

        // When filtering events by the talks' story
        var events = await _store.GetEventsAsync(new EventFilter { StoryId = talks });

        // Then only the talks' event comes back
        events.Should().ContainSingle().Which.Target!.Country.Should().Be("IRN");
    }

    [Theory]
    // the code, in any case
    [InlineData("saugov", 2)]
    // the country, with a target filter
    [InlineData("SAU", 2)]
    // the canonical name, in capitals: .NET folds Ğ to ğ, SQLite's NOCASE only ASCII letters
    [InlineData("RECEP TAYYIP ERDOĞAN", 1)]
    // a name nobody has
    [InlineData("Nobody", 0)]
    public async Task Should_find_an_actors_events_by_code_country_or_name_ignoring_case(string key, int expected)
    {
        // Given Saudi Arabia meeting Pakistan and Iran, and the Turkish president meeting Iran
        var turkish = Article("turkish.txt", new DateOnly(2017, 2, 3), "الرئيس التركي في طهران",
            "وصل الرئيس التركي رجب طيب أردوغان إلى طهران اليوم في زيارة رسمية يلتقي خلالها كبار المسؤولين الإيرانيين.",
            Meeting("IRN", "IRNGOV", new DateOnly(2017, 2, 3)) with { Source = new EventActor("رجب طيب أردوغان", "Recep Tayyip Erdoğan", "TUR", "TURGOV") });
        await IngestAsync(Visit, Talks, turkish);

        // When asking for the actor's events
        var events = await _store.GetEventsAsync(new EventFilter { Actor = key });

        // Then the store gives exactly those the filter matches
        events.Should().HaveCount(expected);
        events.Should().OnlyContain(e => new EventFilter { Actor = key }.Matches(e));
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private async Task IngestAsync(params Document[] documents)
    {
        await _store.WriteAsync(SampleDocuments.Entries(documents));
        await _store.UpdateStoriesAsync();
        await _store.CompactAsync();
    }

    private static Document Article(string input, DateOnly? published, string title, string text, Event? e) => new()
    {
        Id = Pipeline.ContentId(text),
        Input = input,
        Source = "Outlet",
        Title = title,
        Published = published,
        PublishedFrom = published is null ? null : DateSource.Input,
        Language = "ar",
        Text = text,
        Events = e is null ? [] : [e with { Sentence = text, End = text.Length }],
    };

    private static Event Meeting(string country, string code, DateOnly date) => SampleDocuments.Consult(
        new EventActor("ولي العهد السعودي", "Mohammed bin Salman", "SAU", "SAUGOV"), new EventActor("الوفد", null, country, code), date, "");
}
