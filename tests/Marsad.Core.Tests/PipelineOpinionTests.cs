using Marsad.Core.Events;

namespace Marsad.Core.Tests;

public sealed class PipelineOpinionTests
{
    private static Event At(string text, string sentence) => new()
    {
        Plover = PloverType.Consult,
        Cameo = "043",
        QuadClass = 1,
        Goldstein = 2.8,
        Trigger = sentence.Split(' ')[0],
        Sentence = sentence,
        Start = text.IndexOf(sentence, StringComparison.Ordinal),
        End = text.IndexOf(sentence, StringComparison.Ordinal) + sentence.Length,
    };

    [Fact]
    public void Should_keep_of_an_opinion_piece_only_the_acts_its_sentence_dates_near_the_article()
    {
        // Given a column: an act it dates to yesterday, the writer's reasoning, and history decades old
        const string dated = "استقبل الوزير أمس سفير الدولة الجارة في مكتبه.";
        const string reasoning = "ولا تكفي دعوات الحوار ما لم تتوقف التهديدات.";
        const string history = "وقد اجتمع الطرفان في 12 مارس 1990 دون نتيجة.";
        var text = string.Join(' ', dated, reasoning, history);
        var events = new[] { At(text, dated), At(text, reasoning), At(text, history) };

        // When the events of an opinion piece are filtered
        var kept = Pipeline.NewsInOpinion(text, events, new DateOnly(2015, 8, 9));

        // Then only the dated recent act is left
        kept.Select(e => e.Sentence).Should().Equal(dated);
    }
}
