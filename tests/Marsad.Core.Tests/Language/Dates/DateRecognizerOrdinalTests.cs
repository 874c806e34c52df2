using Marsad.Core.Language.Dates;

namespace Marsad.Core.Tests.Language.Dates;

/// <summary>
/// Days written as ordinal words (الخامس عشر من مارس), glued Hijri marks, أمس الأول, and day-month names of places and
/// movements that are no date. Sentences written for these tests; the reference day is 2019-06-01.
/// </summary>
public sealed class DateRecognizerOrdinalTests
{
    private static readonly DateOnly Reference = new(2019, 6, 1);

    private static DateMention Single(string text) => DateRecognizer.Find(text, Reference).Should().ContainSingle().Subject;

    [Theory]
    [InlineData("وصل الوفد في الخامس عشر من آذار/مارس 2019 إلى الرياض.", "الخامس عشر من آذار/مارس 2019", "2019-03-15")]
    [InlineData("دخل القانون حيز التنفيذ في الأول من يناير عام 2015.", "الأول من يناير عام 2015", "2015-01-01")]
    [InlineData("انعقد المؤتمر يوم الحادي والعشرين من أكتوبر 2018 في جنيف.", "يوم الحادي والعشرين من أكتوبر 2018", "2018-10-21")]
    [InlineData("وقعت الحادثة في الثاني و العشرين من شهر فبراير 2017.", "الثاني و العشرين من شهر فبراير 2017", "2017-02-22")]
    [InlineData("صدر المرسوم في الحادي والثلاثين من ديسمبر 2016.", "الحادي والثلاثين من ديسمبر 2016", "2016-12-31")]
    [InlineData("أعلنت النتائج في العاشر من رمضان 1440 هـ.", "العاشر من رمضان 1440 هـ", "2019-05-15")]
    public void Should_read_a_day_in_ordinal_words_with_its_month_and_year(string text, string mention, string value)
    {
        var found = Single(text);

        (found.Text, found.Value, found.IsRelative).Should().Be((mention, DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture), false));
    }

    [Theory]
    // this month, last month, next month; a day and month without a year: the latest such day on or before the reference
    [InlineData("تبدأ الدورة في العاشر من الشهر الجاري.", "2019-06-10")]
    [InlineData("اجتمع المجلس في الخامس عشر من الشهر الماضي.", "2019-05-15")]
    [InlineData("تنتهي المهلة في الثالث من الشهر المقبل.", "2019-07-03")]
    [InlineData("أعلن الحزب في الثامن عشر من مارس تشكيل لجنة.", "2019-03-18")]
    public void Should_resolve_an_ordinal_day_of_a_relative_or_yearless_month(string text, string value)
    {
        var found = Single(text);

        found.IsRelative.Should().BeTrue();
        found.Value.Should().Be(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    // the coming month: the next such day after the reference, this year or the next; the last one: strictly before it
    [InlineData("تبدأ الإجازة اعتبارا من الأول من أغسطس (آب) المقبل.", "الأول من أغسطس (آب) المقبل", "2019-08-01")]
    [InlineData("تنتهي ولاية المجلس في 15 مارس القادم.", "15 مارس القادم", "2020-03-15")]
    [InlineData("وكان الاتفاق قد وقع في الأول من يونيو الماضي.", "الأول من يونيو الماضي", "2018-06-01")]
    [InlineData("وكان الاتفاق قد وقع في الأول من يونيو.", "الأول من يونيو", "2019-06-01")]
    public void Should_read_the_coming_or_the_last_month_after_a_day_without_a_year(string text, string mention, string value)
    {
        var found = Single(text);

        (found.Text, found.Value, found.IsRelative).Should().Be((mention, DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture), true));
    }

    [Theory]
    // a national or world day, the next day, the same day are no "today"; today with its weekday is
    [InlineData("هنأ الأمير رئيس الجمهورية بذكرى اليوم الوطني لبلاده.", 0, null)]
    [InlineData("احتفل العالم باليوم العالمي للمرأة، وعاد الوفد في اليوم التالي.", 0, null)]
    [InlineData("وافق البنك في اليوم نفسه على التمويل.", 0, null)]
    [InlineData("وصل الوزير اليوم الأحد إلى الرياض.", 1, "2019-06-01")]
    // a day and month said to be of this month or this year's
    [InlineData("تعهد المجلس بالانتهاء قبل يوم 25 يوليو الجاري.", 1, "2019-07-25")]
    // a Hijri year written without its mark
    [InlineData("يبدأ القبول اعتبارا من 4/10/1436 في الفترة الصباحية.", 1, "2015-07-20")]
    public void Should_read_today_this_month_and_bare_hijri_years_as_they_are_meant(string text, int count, string? value)
    {
        var found = DateRecognizer.Find(text, Reference);

        found.Should().HaveCount(count);
        if (value is not null)
        {
            found[0].Value.Should().Be(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    // 23 July 2019 is a Tuesday (the coming one, not last year's 23 July); 30 May 2019 a Thursday; 28 July is a Tuesday
    // only in 2020, more than half a year away: a slip, read as without the weekday (the latest 28 July)
    [InlineData("يقيم المختبر يوم الثلاثاء الموافق 23 يوليو ندوة لمناقشة الرواية.", "2019-07-23")]
    [InlineData("وصل الوفد يوم الخميس 30 مايو إلى العاصمة.", "2019-05-30")]
    [InlineData("يقيم المختبر يوم الثلاثاء الموافق 28 يوليو ندوة لمناقشة الرواية.", "2018-07-28")]
    public void Should_take_the_year_in_which_the_weekday_agrees_with_the_day(string text, string value)
    {
        Single(text).Value.Should().Be(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    // the first of its kind, the second of the year, a chapter; a day that does not exist
    [InlineData("وهو القرار الأول من نوعه في المنطقة.")]
    [InlineData("تراجع النمو في الربع الثاني من العام.")]
    [InlineData("وناقش الفصل الثالث من التقرير أوضاع اللاجئين.")]
    [InlineData("في الثلاثين من فبراير 2019 حسب البيان.")]
    public void Should_not_read_other_ordinals_as_days(string text)
    {
        DateRecognizer.Find(text, Reference).Should().BeEmpty();
    }

    [Theory]
    [InlineData("افتتح المصنع في مدينة السادس من أكتوبر.")]
    [InlineData("احتفل المصريون بذكرى ثورة 25 يناير في الميدان.")]
    [InlineData("وانتقدت قوى 14 آذار موقف الحكومة.")]
    [InlineData("تغيرت السياسة الأمريكية بعد أحداث 11 سبتمبر.")]
    [InlineData("نقل المتهمون إلى قسم شرطة 6 أكتوبر للتحقيق معهم.")]
    [InlineData("نقل المصابون إلى مستشفى 6 أكتوبر في الجيزة.")]
    [InlineData("أغلقت السلطات محور 26 يوليو أمام حركة السيارات.")]
    public void Should_not_read_the_day_and_month_of_a_name_as_a_date(string text)
    {
        DateRecognizer.Find(text, Reference).Should().BeEmpty();
    }

    [Fact]
    public void Should_keep_the_date_of_a_named_happening_when_its_year_is_given()
    {
        Single("اندلعت ثورة 25 يناير 2011 في القاهرة.").Value.Should().Be(new DateOnly(2011, 1, 25));
    }

    [Fact]
    public void Should_read_a_hijri_mark_glued_to_the_year()
    {
        var glued = Single("صدر القرار في 3 رمضان 1440هـ بعد المشاورات.");

        glued.Value.Should().Be(new DateOnly(2019, 5, 8));
        glued.Text.Should().Be("3 رمضان 1440هـ");
    }

    [Theory]
    [InlineData("وصل الوزير أمس الأول إلى العاصمة.", "أمس الأول", "2019-05-30")]
    [InlineData("عقد أمس الأول من نوعه في المدينة.", "أمس", "2019-05-31")]
    public void Should_read_amsi_al_awwal_as_the_day_before_yesterday_but_not_the_first_of_its_kind(string text, string mention, string value)
    {
        var found = Single(text);

        (found.Text, found.Value).Should().Be((mention, DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
