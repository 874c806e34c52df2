using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

public sealed class DemonymFormsTests
{
    [Theory]
    // definite masculine
    [InlineData("الروسي")]
    // feminine with teh marbuta, indefinite and definite
    [InlineData("روسية")]
    [InlineData("الروسية")]
    // sound plural, nominative and oblique
    [InlineData("الروسيون")]
    [InlineData("روسيين")]
    // feminine dual
    [InlineData("الروسيتين")]
    // broken plural from the file
    [InlineData("الروس")]
    public void Should_generate_the_written_forms_of_a_nisba(string form)
    {
        DemonymForms.Expand(["روسي"], ["روس"]).Should().Contain(form);
    }

    [Fact]
    public void Should_inflect_every_word_of_a_nisba_of_several_words()
    {
        // Given a two-word nisba
        var forms = DemonymForms.Expand(["كوري جنوبي"], []);

        // Then the article and the ending go on both words
        forms.Should().Contain(["الكورية الجنوبية", "الكوري الجنوبي"]).And.NotContain("الكوري جنوبي");
    }
}
