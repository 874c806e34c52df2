using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Thanks as CAMEO 051 (evthank32): the author is the thanking subject (the verb's, or the subject of أعرب/عبر/رفع/قدم before
/// the noun شكره), the target the thanked (the verb's object or the ل/إلى phrase) in the thanks' own clause; an unknown subject
/// right after the verb never hands the author's role to the thanked; the name شكري, «شكرا», a name ending in شكر, certificates
/// of thanks and thanks to no one named code nothing.
/// </summary>
public sealed class EventCoderThanksTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    private static bool Thanks(Event e, string sourceCountry, string targetCountry) =>
        e.Cameo == "051" && e.Source?.Country == sourceCountry && e.Target?.Country == targetCountry;

    [Theory]
    [InlineData("وشكرت الحكومة الأردنية ولي العهد السعودي على المساعدات التي قدمتها بلاده.", "JOR", "SAU")]
    [InlineData("وأعرب رئيس الوزراء اللبناني عن شكره للمملكة العربية السعودية على دعمها المتواصل.", "LBN", "SAU")]
    [InlineData("وعبر وزير الخارجية الفرنسي عن بالغ شكره وتقديره للحكومة المصرية على حسن الاستقبال.", "FRA", "EGY")]
    [InlineData("وقدم الرئيس اليمني الشكر إلى الحكومة الكويتية على مواقفها.", "YEM", "KWT")]
    public void Should_code_a_state_thanking_another(string sentence, string source, string target)
    {
        // When a named author thanks a named actor of another state
        var events = Code(sentence);

        // Then the thanks goes from the author to the thanked
        events.Should().Contain(e => Thanks(e, source, target));
    }

    [Theory]
    [InlineData("وشكرت الرابطة خادم الحرمين الشريفين على رعاية المؤتمر في الأردن.", "SAU")]
    [InlineData("وشكر الحكيمي المملكة العربية السعودية وقطر على جهودهما في اليمن.", "SAU")]
    [InlineData("وأعرب الدكتور سالم الفلاني رئيس الجمعية عن شكره للحكومة القطرية على دعمها.", "QAT")]
    public void Should_not_take_the_thanked_as_the_author(string sentence, string thanked)
    {
        // When the one who thanks is a body or a man the knowledge base does not know
        var events = Code(sentence);

        // Then the thanked is not made the author
        events.Should().NotContain(e => e.Cameo == "051" && e.Source != null && e.Source.Country == thanked);
    }

    [Fact]
    public void Should_take_the_subject_told_before_after_kama()
    {
        // When كما شكر goes on with the subject of the clause before
        var events = Code("وأشاد رئيس الجمعية بالحضور، كما شكر وزير الخارجية الأمريكي الحكومة المصرية على دعمها.");

        // Then the actor after the verb is the thanked, not the author
        events.Should().NotContain(e => e.Cameo == "051" && e.Source != null && e.Source.Country == "USA");
    }

    [Theory]
    [InlineData("والتقى وزير الخارجية المصري سامح شكري نظيره الأردني في عمان.")]
    [InlineData("وقال الرئيس التركي: شكرا للمملكة العربية السعودية.")]
    [InlineData("وقالت وزارة الخزانة الأمريكية في بيان إن سليم عياش وفؤاد شكر - وهم مسؤولون عسكريون في حزب الله - نسقوا الدعم.")]
    [InlineData("وقدم وزير الداخلية البحريني شهادات شكر للمتطوعين السعوديين في المعرض.")]
    public void Should_read_no_thanks_in_a_name_a_formula_or_a_certificate(string sentence)
    {
        // When شكر stands in a name, «thank you» or a certificate of thanks
        var events = Code(sentence);

        // Then no act of thanks is coded
        events.Should().NotContain(e => e.Cameo == "051");
    }

    [Theory]
    [InlineData("وأكد الوفد متانة العلاقة مع الأندية الإيطالية، ونشكرهم على كرم الضيافة.")]
    [InlineData("وألقى وزير الثقافة الكويتي كلمة شكر فيها المنظمين على جهودهم، سائلا الله أن يحفظ المملكة العربية السعودية.")]
    public void Should_code_no_thanks_to_no_one_named_in_its_clause(string sentence)
    {
        // When the thanked is a pronoun or an everyday group, and a state is named only in a later clause
        var events = Code(sentence);

        // Then the thanks codes nothing
        events.Should().NotContain(e => e.Cameo == "051");
    }
}
