using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// An act told in the impersonal passive (تم/جرى + a verbal noun: تم اعتقال X، جرى ترحيل X) is done to the actor after it, never by
/// it: its author is only one named by من قبل or على يد. Sentences written for these tests.
/// </summary>
public sealed class EventCoderImpersonalPassiveTests
{
    private static readonly DateOnly Published = new(2025, 4, 9);

    [Theory]
    [InlineData("وتم اعتقال عشرة من عناصر تنظيم داعش في مدينة الموصل أمس.")]
    [InlineData("وجرى ترحيل عناصر تنظيم داعش إلى بلدانهم.")]
    public void Should_not_read_the_patient_as_the_author(string sentence)
    {
        // Given an arrest or deportation in the impersonal passive, with no author named
        var events = EventCoder.Default.Code(sentence, Published);

        // Then the arrested are never its source
        events.Should().NotContain(e => e.Source != null && e.Source.Text.Contains("داعش"));
    }

    [Fact]
    public void Should_take_the_author_after_min_qibal()
    {
        // Given an arrest in the impersonal passive whose author follows من قبل
        var events = EventCoder.Default.Code("وتم اعتقال الصحفي من قبل الشرطة التركية صباح أمس.", Published);

        // Then the police is the source
        events.Should().Contain(e => e.Cameo == "173").Which.Source!.Country.Should().Be("TUR");
    }

    [Fact]
    public void Should_take_a_relative_antecedent_as_the_target()
    {
        // Given the arrested named before a relative and the auxiliary, the author after من قبل
        var events = EventCoder.Default.Code("وزار الوفد المواطنين الكويتيين الذين تم اعتقالهم من قبل السلطات العراقية.", Published);

        // Then Iraq arrested the Kuwaitis
        var arrest = events.Should().Contain(e => e.Cameo == "173").Which;
        arrest.Source!.Country.Should().Be("IRQ");
        arrest.Target!.Country.Should().Be("KWT");
    }

    [Fact]
    public void Should_take_the_announcing_police_as_the_author_of_an_arrest()
    {
        // Given the police announcing an arrest told in the impersonal passive
        var events = EventCoder.Default.Code("وأعلنت الشرطة الفرنسية أمس أنه تم اعتقال ثلاثة أشخاص في مدينة ليون.", Published);

        // Then the police is the arrest's source
        events.Should().Contain(e => e.Cameo == "173").Which.Source!.Code.Should().Be("FRACOP");
    }

    [Fact]
    public void Should_not_take_another_actor_before_an_arrest_as_its_author()
    {
        // Given an actor before the arrest that is no body of the state (the arrested group's own name)
        var events = EventCoder.Default.Code("وقالت حركة طالبان إنه تم اعتقال أحد قادتها في إقليم هلمند.", Published);

        // Then no arrest is coded with it as source
        events.Should().NotContain(e => e.Cameo == "173" && e.Source != null && e.Source.Code == "AFGREB");
    }
}
