using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Trigger words in another sense and acts not told as done, seen in evrand30's random sample of the whole corpus: من قبل "by"
/// (not قبل "accepted"), places of detention and stopped vehicles (دور التوقيف، توقيف الشاحنات), a meeting room (قاعة
/// الاجتماعات), sanctions in force or a penalty (تعليق العقوبات، من أمن العقوبة), and an act ruled out (من المستبعد أن يلتقي:
/// possible, not done). Each beside the event sense of the same word. Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderRand30Tests
{
    [Theory]
    [InlineData("وأقيم المعرض من قبل جمعية الفنون في المدينة.", "036")]
    [InlineData("زار الوفد السجون ودور التوقيف في العاصمة.", "173")]
    [InlineData("وتم توقيف الشاحنات عند المنفذ الحدودي ساعات طويلة.", "173")]
    [InlineData("وافتتح المحافظ المبنى الذي يضم قاعة الاجتماعات الكبرى.", "040")]
    [InlineData("وطالب النواب بتعليق العقوبات الأوروبية على البلاد.", "163")]
    [InlineData("وتسعى الشركات إلى الإفلات من العقوبات المفروضة على القطاع.", "163")]
    [InlineData("ويعمل القضاة بموجب قانون العقوبات الصادر قبل عقود.", "163")]
    public void Should_find_no_event_in_the_other_sense(string sentence, string cameo)
    {
        // Given a trigger word in another sense (by, a place of detention, a stopped truck, a meeting room, sanctions in force)
        var found = TriggerFinderTests.Find(sentence);

        // Then the event of that word's lexicon sense is not found
        found.Should().NotContain(c => c.Cameo == cameo);
    }

    [Theory]
    [InlineData("قبلت الحكومة المبادرة التي قدمتها الجامعة العربية.", "036")]
    [InlineData("وأعلنت الشرطة توقيف ثلاثة متهمين بالسرقة.", "173")]
    [InlineData("وعقد وزراء الخارجية اجتماعات مغلقة في العاصمة.", "040")]
    [InlineData("أعلن الاتحاد الأوروبي عقوبات جديدة على شركات النفط.", "163")]
    [InlineData("فرضت الحكومة حزمة جديدة من العقوبات على الشركات المخالفة.", "163")]
    public void Should_find_the_event_sense_of_the_same_word(string sentence, string cameo)
    {
        // Given the same word in its event sense (accepted, arrest, meetings held, new sanctions)
        var found = TriggerFinderTests.Find(sentence);

        // Then the event is found with its code
        found.Should().Contain(c => c.Cameo == cameo);
    }

    [Theory]
    [InlineData("وقال المسؤول إنه من المستبعد أن يلتقي الرئيسان قبل نهاية العام.")]
    [InlineData("واستبعد الوزير لقاء نظيره على هامش القمة.")]
    public void Should_read_an_act_ruled_out_as_possible(string sentence)
    {
        // Given a meeting ruled out (unlikely)
        var found = TriggerFinderTests.Find(sentence);

        // Then the meeting is found, not as done
        found.Should().Contain(c => c.Plover == PloverType.Consult).And.OnlyContain(c => c.Plover != PloverType.Consult || c.Mode == EventMode.Possible);
    }

    [Fact]
    public void Should_keep_a_meeting_told_as_done()
    {
        // Given the same meeting told as done
        var found = TriggerFinderTests.Find("والتقى الوزير نظيره على هامش القمة.");

        // Then it carries no mode
        found.Should().Contain(c => c.Plover == PloverType.Consult && c.Mode == null);
    }
}
