using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Events;

/// <summary>Sentences about sport carry no political event.</summary>
public sealed class SportsFramesTests
{
    [Theory]
    // one strong word
    [InlineData("فاز المنتخب السعودي على نظيره العراقي في مباراة ودية أمس.")]
    [InlineData("وطالب الاتحاد الأردني لكرة القدم بإعادة القرعة.")]
    // two different weak words
    [InlineData("وانتقد مدرب الفريق أداء اللاعبين بعد الخسارة.")]
    public void Should_read_a_sentence_about_sport(string sentence)
    {
        SportsFrames.IsSports(ArabicAnalyzer.Default.Analyze(sentence), 0, sentence.Length).Should().BeTrue();
    }

    [Theory]
    // one weak word with a political sense: the president-elect, a regional player, a general
    [InlineData("التقى الرئيس المنتخب وزير الخارجية الفرنسي في باريس.")]
    [InlineData("وقال الوزير إن إيران لاعب إقليمي لا يمكن تجاهله في المفاوضات.")]
    [InlineData("واستقبل الفريق أول ركن رئيس الأركان وفدا عسكريا أمريكيا.")]
    // the same weak word twice is still one
    [InlineData("وهاجم مسلحون مقر الفريق الأممي، فيما أعلن الفريق الحكومي انسحابه من المحادثات.")]
    public void Should_not_read_a_political_sentence_as_sport(string sentence)
    {
        SportsFrames.IsSports(ArabicAnalyzer.Default.Analyze(sentence), 0, sentence.Length).Should().BeFalse();
    }

    [Fact]
    public void Should_code_nothing_in_a_sports_sentence_of_an_article()
    {
        // Given an article with a meeting of two presidents and a coach who "rejects" a federation's demand
        var date = new DateOnly(2019, 5, 13);
        var text = "استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة.\n"
            + "ورفض مدرب المنتخب المصري طلب الاتحاد الأردني لكرة القدم تأجيل المباراة.";
        // (the same rejection by a minister about a meeting is an event: the words of sport are what keeps it out)
        var political = "ورفض وزير الخارجية المصري طلب الحكومة الأردنية تأجيل الاجتماع.";
        EventCoder.Default.Code(political, date).Should().NotBeEmpty();

        // When the article is coded
        var events = EventCoder.Default.Code(ArabicAnalyzer.Default.Analyze(text), EntityRecognizer.KnowledgeBaseOnly.Recognize(text, date), date);

        // Then the meeting is coded and the coach's rejection is not
        var sportsStart = text.IndexOf('\n', StringComparison.Ordinal);
        events.Should().NotBeEmpty().And.OnlyContain(e => e.Start < sportsStart);
    }

    [Theory]
    [InlineData("strong مباراة\n", 1)]
    [InlineData("# comment\nweak\tكأس\nmedium\tشوط\n", 3)]
    [InlineData("weak\tكرة القدم\n", 1)]
    public void Should_name_the_line_of_a_bad_entry(string content, int line)
    {
        var read = () => SportsFrames.Read(new StringReader(content), "sports-words.tsv");

        read.Should().Throw<EventResourceException>().Which.Message.Should().StartWith($"sports-words.tsv:{line}:");
    }

    [Fact]
    public void Should_load_the_embedded_list()
    {
        var words = SportsFrames.Load("sports-words.tsv");

        words.Strong.Should().Contain(ArabicNormalizer.Normalize("مباراة"));
        words.StrongPairs.Should().Contain((ArabicNormalizer.Normalize("كرة"), ArabicNormalizer.Normalize("قدم")));
        words.Weak.Should().Contain(ArabicNormalizer.Normalize("لاعب"));
    }
}
