using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

public sealed class ArabicNumberWordsTests
{
    [Theory]
    [InlineData("قتل ثلاثة أشخاص", "ثلاثة", 3)]                       // a unit
    [InlineData("وصل ثلاثة آلاف لاجئ", "ثلاثة آلاف", 3000)]           // unit times thousands (plural)
    [InlineData("بلغ العدد ألفين", "ألفين", 2000)]                     // dual of a scale word
    [InlineData("عمره خمسة وعشرون عاما", "خمسة وعشرون", 25)]          // unit and ten joined by و
    [InlineData("نحو ثلاثة عشر قتيلا", "ثلاثة عشر", 13)]              // a teen
    [InlineData("رصد ثلاثمائة مليون دولار", "ثلاثمائة مليون", 300000000)] // compound hundreds times million
    [InlineData("نشر 3 آلاف جندي", "3 آلاف", 3000)]                   // digits before a scale word
    [InlineData("بتكلفة 1.5 مليار ريال", "1.5 مليار", 1500000000)]    // decimal digits before a scale word
    [InlineData("مئتان وخمسون ألفا", "مئتان وخمسون ألفا", 250000)]    // hundreds, tens, then the scale
    [InlineData("اثنا عشر شهرا", "اثنا عشر", 12)]                      // twelve
    public void Should_read_numbers_in_words(string text, string expectedText, long expected)
    {
        // Given a text with a number in words
        var analyzed = ArabicAnalyzer.Default.Analyze(text);

        // When numbers are found
        var found = ArabicNumberWords.Find(analyzed).Should().ContainSingle().Subject;

        // Then its span and value are read
        text[found.Start..found.End].Should().Be(expectedText);
        found.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("وقع الحادث عام 2015")]    // digits alone are already a number token
    [InlineData("الثلاثة الكبار")]         // the article makes a definite noun, not a count
    [InlineData("التقى الوزير نظيره")]     // no number at all
    public void Should_not_report_what_is_no_number_in_words(string text)
    {
        // Given a text without a number in words; When numbers are found; Then none is reported
        ArabicNumberWords.Find(ArabicAnalyzer.Default.Analyze(text)).Should().BeEmpty();
    }
}
