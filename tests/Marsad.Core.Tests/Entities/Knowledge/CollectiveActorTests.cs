using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// Collectives of states (الدول الأوروبية، الدول الغربية، دول الخليج، الدول العربية) are actors of the knowledge base with a
/// CAMEO region or group code and no single country.
/// </summary>
public sealed class CollectiveActorTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    [Theory]
    [InlineData("استأنفت طهران المحادثات مع الدول الأوروبية حول برنامجها النووي.", "الدول الأوروبية", "EUR")]
    [InlineData("اتهم المتحدث العسكري الدول الغربية بتزويد المعارضة بالسلاح.", "الدول الغربية", "WST")]
    [InlineData("عقد وزراء خارجية دول الخليج اجتماعا طارئا مساء الأحد.", "دول الخليج", "PGS")]
    [InlineData("طالبت الدول العربية بعقد جلسة طارئة لمناقشة الأزمة.", "الدول العربية", "ARB")]
    public void Should_link_a_collective_to_its_region_code_without_a_country(string text, string span, string code)
    {
        // Given a sentence naming a group of states as one actor
        // When the text is recognized
        var mentions = Recognizer.Recognize(text, new DateOnly(2024, 5, 1));

        // Then the group is one mention with its CAMEO code and no country (CONTRACT: null where none applies)
        var mention = mentions.Should().ContainSingle(m => m.Text == span).Subject;
        mention.Code.Should().Be(code);
        mention.Country.Should().BeNull();
    }

    [Theory]
    [InlineData("أعلن التحالف العربي تدمير منصة صواريخ قرب الحدود.", "التحالف العربي")]
    [InlineData("قالت قيادة تحالف دعم الشرعية إن العمليات مستمرة.", "تحالف دعم الشرعية")]
    public void Should_code_the_saudi_led_coalition_as_its_leaders_military(string text, string span)
    {
        // Given the coalition named as one actor
        var mentions = Recognizer.Recognize(text, new DateOnly(2016, 5, 1));

        // Then it is the leader's armed forces, as CAMEO codes a led coalition
        var mention = mentions.Should().ContainSingle(m => m.Text == span).Subject;
        mention.Code.Should().Be("SAUMIL");
        mention.Country.Should().Be("SAU");
    }

    [Fact]
    public void Should_leave_the_organization_that_contains_a_collective_name_alone()
    {
        // Given the Arab League, whose name contains الدول العربية
        var mentions = Recognizer.Recognize("أعلنت جامعة الدول العربية موعد القمة المقبلة.", new DateOnly(2024, 5, 1));

        // Then the longest name wins: the League, not the collective
        mentions.Should().Contain(m => m.Code == "IGOARL");
        mentions.Should().NotContain(m => m.Code == "ARB");
    }

    [Fact]
    public void Should_not_read_the_compass_point_as_the_west()
    {
        // Given "the west of the country" (غرب / الغرب as a direction)
        var mentions = Recognizer.Recognize("تساقطت أمطار غزيرة في الغرب والشمال خلال الليل.", new DateOnly(2024, 5, 1));

        // Then no collective is found
        mentions.Should().NotContain(m => m.Code == "WST");
    }
}
