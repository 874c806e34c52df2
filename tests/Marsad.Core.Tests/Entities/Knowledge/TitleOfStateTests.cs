using System.Globalization;
using Marsad.Core.Entities;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// A definite title with بـ and a state's name (وزير الخارجية بدولة قطر) names that state's office holder, as its nisba would;
/// a title that names its state by itself (خادم الحرمين الشريفين) is not moved by it. The sentences are ours.
/// </summary>
public sealed class TitleOfStateTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.Default;

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("وصل وزير الخارجية بدولة قطر إلى الرياض مساء أمس.", "2015-07-21", "وزير الخارجية بدولة قطر", "Khalid al-Attiyah")]
    [InlineData("استقبل رئيس الوزراء بمملكة البحرين وفدا تجاريا.", "2015-07-21", "رئيس الوزراء بمملكة البحرين", "Khalifa bin Salman Al Khalifa")]
    public void Should_name_the_holder_of_the_state_named_after_the_title(string text, string date, string mention, string name) =>
        Recognizer.Recognize(text, Day(date)).Should().Contain(m => m.Text == mention).Which.Name.Should().Be(name);

    [Fact]
    public void Should_keep_the_state_of_a_title_that_names_it_by_itself()
    {
        // سفير خادم الحرمين الشريفين بالنمسا is the Saudi ambassador in Austria: no Austrian office holder
        var mentions = Recognizer.Recognize("التقى سفير خادم الحرمين الشريفين بالنمسا وزير الخارجية النمساوي.", Day("2015-07-21"));

        mentions.Should().NotContain(m => m.Text.Contains("بالنمسا", StringComparison.Ordinal) && m.Type == EntityType.Person);
    }
}
