using Marsad.Core.Events;
using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

public sealed class StoryBuilderTests
{
    private static StoryArticle Article(string id, int day, string source, string title, string text) =>
        new() { Id = id, Date = new DateOnly(2021, 5, day), Source = source, Title = title, Text = text, Actors = ["JOR", "EGY"] };

    // Three outlets report one ministerial meeting; one of them reprints the other's lead verbatim.
    private const string Lead = "عقد وزيرا خارجية الأردن ومصر اجتماعا في عمان اليوم لبحث التحضيرات للقمة الثلاثية المقبلة مع العراق وتنسيق المواقف إزاء التطورات الإقليمية.";

    private static readonly StoryArticle[] Articles =
    [
        Article("a", 10, "one", "اجتماع أردني مصري في عمان تحضيرا للقمة الثلاثية",
            Lead + " وأكد الوزيران أهمية آلية التعاون الثلاثي في مجالات الطاقة والربط الكهربائي والنقل بين الدول الثلاث."),
        Article("b", 10, "two", "وزيرا خارجية الأردن ومصر يبحثان في عمان التحضير للقمة الثلاثية",
            Lead + " وقال مصدر دبلوماسي إن موعد القمة سيحدد خلال الأسابيع القليلة المقبلة بعد مشاورات مع الجانب العراقي."),
        Article("c", 11, "three", "عمان تستضيف مباحثات أردنية مصرية بشأن القمة الثلاثية",
            "استضافت عمان أمس مباحثات بين وزيري خارجية الأردن ومصر تناولت التحضيرات للقمة الثلاثية المقبلة مع العراق ومشاريع الربط الكهربائي. " +
            "وشدد الجانبان على ضرورة تنسيق المواقف العربية إزاء التطورات الإقليمية المتسارعة وتعزيز العمل المشترك بين الدول الثلاث."),
        new() { Id = "z", Date = new DateOnly(2021, 5, 10), Source = "one", Title = "افتتاح مهرجان للتمور في القصيم بمشاركة واسعة من المزارعين",
            Text = "افتتح في القصيم مهرجان التمور السنوي بمشاركة واسعة من المزارعين والتجار، ويستمر المهرجان أسبوعين وسط إقبال كبير من الزوار." },
    ];

    private static ReportedEvent Meeting(string article) => new(article, "x", new DateOnly(2021, 5, 10), new Event
    {
        Source = new EventActor("الأردن", "Jordan", "JOR", "JORGOV"),
        Target = new EventActor("مصر", "Egypt", "EGY", "EGYGOV"),
        Plover = PloverType.Consult,
        Cameo = "043",
        QuadClass = 1,
        Goldstein = 2.8,
        Date = new DateOnly(2021, 5, 10),
        Trigger = "اجتماعا",
        Sentence = Lead,
        Start = 0,
        End = Lead.Length,
    });

    [Fact]
    public void Should_build_one_story_with_one_merged_event_and_a_summary_without_repeats()
    {
        // When the collection is built into stories
        var stories = StoryBuilder.Build(Articles, [Meeting("a"), Meeting("b"), Meeting("c")]);

        // Then the meeting is one story of three articles, with its event counted once
        var meeting = stories.Single(s => s.Story.ArticleIds.Contains("a"));
        meeting.Story.ArticleIds.Should().BeEquivalentTo(["a", "b", "c"]);
        meeting.Events.Should().ContainSingle().Which.NumArticles.Should().Be(3);

        // And its summary quotes the shared lead once, with at most three sentences
        meeting.Summary.Should().Contain("عقد وزيرا خارجية");
        meeting.Summary.Split("عقد وزيرا خارجية").Should().HaveCount(2);
        meeting.Summary.Count(c => c == '.').Should().BeInRange(1, 3);

        // And the festival is a story of its own without events
        stories.Single(s => s.Story.ArticleIds.Contains("z")).Events.Should().BeEmpty();
    }
}
