using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Session evup19: a march or a riot (جاب، سار، طاف، أحرق، أضرم، and a clash: اشتبك) is a protest act in its own right, so
/// those rows (<c>**</c>, <see cref="TriggerEntry.DefiniteCrowd"/>) also take the definite crowd alone as their subject
/// (وجاب المتظاهرون الشوارع); the banners and chants (رفع، حمل، ردد، هتف) still want a new crowd.
/// </summary>
public sealed class TriggerFinderDefiniteCrowdTests
{
    [Theory]
    [InlineData("وجاب المتظاهرون شوارع المدينة القديمة حتى المساء.", "141")]
    [InlineData("وسار المحتجون مسافة طويلة نحو مقر البلدية.", "141")]
    [InlineData("وأحرق المتظاهرون إطارات السيارات عند مدخل الجامعة.", "145")]
    [InlineData("واشتبك المحتجون مع قوات الأمن قرب الوزارة.", "145")]
    [InlineData("واشتبك متظاهرون غاضبون مع عناصر الشرطة في الساحة.", "145")]
    public void Should_find_a_protest_in_a_march_or_riot_of_the_definite_or_a_new_crowd(string sentence, string cameo)
    {
        // Given a march, a riot or a clash whose subject right after the verb is a crowd of protesters
        var found = TriggerFinderTests.Find(sentence);

        // Then a protest is found with the act's code
        found.Should().Contain(c => c.Plover == PloverType.Protest && c.Cameo == cameo);
    }

    [Theory]
    // banners and chants of the definite crowd stay out (a protest told before)
    [InlineData("ورفع المحتجون صور المعتقلين أمام المحكمة.")]
    [InlineData("وهتف المتظاهرون ضد وزير الداخلية.")]
    // a march of no crowd of protesters
    [InlineData("وسار الوزير بين الضيوف في حفل الافتتاح.")]
    // a clash of soldiers is no protest
    [InlineData("واشتبك الجنود مع المسلحين قرب الحدود.")]
    public void Should_find_no_protest_without_a_march_or_riot_of_protesters(string sentence)
    {
        // Given a sentence without a march or riot of a crowd of protesters
        var found = TriggerFinderTests.Find(sentence);

        // Then no protest is found
        found.Should().NotContain(c => c.Plover == PloverType.Protest);
    }

    [Fact]
    public void Should_read_a_clash_of_soldiers_as_an_assault()
    {
        // Given a clash whose subject is no crowd of protesters
        var found = TriggerFinderTests.Find("واشتبك الجنود مع المسلحين قرب الحدود.");

        // Then the clash keeps its assault reading
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Cameo == "193");
    }
}
