using Marsad.Core.Language.Dates;

namespace Marsad.Core.Tests.Language.Dates;

// The recognizer skips the named and numeric patterns on a text with no digit or no month word:
// these cases sit at the edge of that test (a month of two words split by a line break, digits
// other than 0-9, a numeric date without any month name, a text with no digit at all). Named dates are tried only at
// their digits and at the word starts a little before them (a weekday, يوم, الموافق): the last cases sit at that edge.
public sealed class DateRecognizerScanTests
{
    private static readonly DateOnly Reference = new(2014, 12, 1);

    [Fact]
    public void A_month_of_two_words_split_by_a_line_break_is_still_read()
    {
        var found = DateRecognizer.Find("انعقدت الجلسة الأولى في 7 كانون\n  الأول 2013 بحضور الوفود", Reference);

        found.Should().ContainSingle().Which.Value.Should().Be(new DateOnly(2013, 12, 7));
    }

    [Fact]
    public void Arabic_Indic_digits_pass_the_scan_like_Western_ones()
    {
        var indic = DateRecognizer.Find("وافق المجلس في ١٠ شوال ١٤٣٥ هـ على الخطة", Reference);
        var western = DateRecognizer.Find("وافق المجلس في 10 شوال 1435 هـ على الخطة", Reference);

        indic.Should().ContainSingle();
        indic.Select(d => d.Value).Should().Equal(western.Select(d => d.Value));
    }

    [Fact]
    public void A_numeric_date_needs_no_month_name()
    {
        var found = DateRecognizer.Find("صدر التعميم بتاريخ 2014/09/03 عن الإدارة", null);

        found.Should().ContainSingle().Which.Value.Should().Be(new DateOnly(2014, 9, 3));
    }

    [Fact]
    public void A_text_without_digits_still_gives_its_relative_days()
    {
        var found = DateRecognizer.Find("قال المتحدث أمس إن اللجنة ستجتمع في شهر رمضان", Reference);

        found.Should().ContainSingle().Which.Should().Match<DateMention>(d => d.IsRelative && d.Value == new DateOnly(2014, 11, 30));
    }

    [Fact]
    public void A_weekday_part_before_the_digits_is_part_of_the_date()
    {
        var found = DateRecognizer.Find("وصل الوفد يوم الأربعاء ،  الموافق 3 ديسمبر 2014 إلى العاصمة", Reference);

        found.Should().ContainSingle().Which.Should().Match<DateMention>(d =>
            d.Text.StartsWith("يوم الأربعاء", StringComparison.Ordinal) && d.Value == new DateOnly(2014, 12, 3));
    }

    [Fact]
    public void Numbers_of_three_digits_and_digits_glued_to_a_letter_start_no_named_date_and_close_dates_are_each_read()
    {
        var found = DateRecognizer.Find("شارك 150 نوفمبر متطوعا، ثم في 5 نوفمبر 2014 و7 نوفمبر 2014 وفي 9 نوفمبر 2014 انتهت الحملة", Reference);

        found.Select(d => d.Value).Should().Equal(new DateOnly(2014, 11, 5), new DateOnly(2014, 11, 9));
    }
}
