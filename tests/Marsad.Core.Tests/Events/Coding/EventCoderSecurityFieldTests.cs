using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>الأمن as a field of policy (الأمن القومي، الأمن المائي) is no police force; الأمن العام and قوات الأمن are.</summary>
public sealed class EventCoderSecurityFieldTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("عقدت تركيا واليونان اجتماعا على مستوى مستشاري الأمن القومي في جنيف.")]
    [InlineData("تشاورت مصر والسودان حول الأمن المائي خلال لقاء في الخرطوم.")]
    public void Should_not_take_a_field_of_security_for_a_police_force(string sentence)
    {
        // Given a meeting about security as a field, in a third place
        var events = Code(sentence);

        // Then no police force (with the place's state assumed) is a party
        events.Should().NotContain(e => e.Source != null && e.Source.Code != null && e.Source.Code.EndsWith("COP", StringComparison.Ordinal));
        events.Should().NotContain(e => e.Target != null && e.Target.Code != null && e.Target.Code.EndsWith("COP", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("اعتقلت قوات الأمن العام عشرات المحتجين في عمان.")]
    [InlineData("اعتقلت قوات الأمن الداخلي ثلاثة أشخاص في بيروت.")]
    public void Should_keep_a_security_force_a_police_force(string sentence)
    {
        // Given an arrest by a security force named by الأمن العام or الأمن الداخلي
        var events = Code(sentence).Where(e => e.Plover == PloverType.Coerce).ToList();

        // Then the police force is the source
        events.Should().Contain(e => e.Source != null && e.Source.Code != null && e.Source.Code.EndsWith("COP", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("دعا وزير الخارجية الأردني الأطراف الليبية إلى الحوار لإعادة الأمن والاستقرار إلى البلاد.")]
    [InlineData("أكد الرئيس التونسي دعم بلاده للجزائر في حفظ الأمن على الحدود المشتركة.")]
    [InlineData("ناقش وزير الداخلية الكويتي مع نظيره العماني تعزيز الأمن في منطقة الخليج.")]
    [InlineData("استضافت ماليزيا ندوة عن الأمن الفكري شارك فيها باحثون من إندونيسيا.")]
    [InlineData("انتقدت قطر محاولات زعزعة الأمن في لبنان.")]
    public void Should_not_take_security_as_a_value_for_a_police_force(string sentence)
    {
        // Given security kept, strengthened, shaken or coordinated with stability: a value, not a force
        var events = Code(sentence);

        // Then no police force is a party
        events.Should().NotContain(e => e.Source != null && e.Source.Code != null && e.Source.Code.EndsWith("COP", StringComparison.Ordinal));
        events.Should().NotContain(e => e.Target != null && e.Target.Code != null && e.Target.Code.EndsWith("COP", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("اعتقل رجال الأمن خمسة مسلحين في مدينة العريش.")]
    [InlineData("اعتقل الأمن المصري عشرات المحتجين في الإسكندرية.")]
    public void Should_keep_a_bare_security_force_beside_no_value_a_police_force(string sentence)
    {
        // Given an arrest by the security men or the Egyptian security, beside no value
        var events = Code(sentence).Where(e => e.Plover == PloverType.Coerce).ToList();

        // Then the police force is the source
        events.Should().Contain(e => e.Source != null && e.Source.Code != null && e.Source.Code.EndsWith("COP", StringComparison.Ordinal));
    }
}
