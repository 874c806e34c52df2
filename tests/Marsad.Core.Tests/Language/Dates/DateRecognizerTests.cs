using Marsad.Core.Language.Dates;

namespace Marsad.Core.Tests.Language.Dates;

public sealed class DateRecognizerTests
{
    // A Monday.
    private static readonly DateOnly Reference = new(2015, 11, 23);

    public static TheoryData<string, string, string> ExplicitDates => new()
    {
        // Gregorian month name, Egyptian/Gulf system
        { "وصل الوفد في 23 نوفمبر 2015 إلى العاصمة", "23 نوفمبر 2015", "2015-11-23" },
        // Syriac month name, Levantine system, two words
        { "عقد الاجتماع في 5 تشرين الثاني 2015 ببيروت", "5 تشرين الثاني 2015", "2015-11-05" },
        // both systems side by side
        { "الاثنين 23 نوفمبر/تشرين الثاني 2015", "الاثنين 23 نوفمبر/تشرين الثاني 2015", "2015-11-23" },
        // Arabic-Indic digits
        { "بتاريخ ٢٣ نوفمبر ٢٠١٥ أعلنت الوزارة", "٢٣ نوفمبر ٢٠١٥", "2015-11-23" },
        // hamza spelling of the month and عام before the year
        { "في 3 أبريل عام 2014 تم التوقيع", "3 أبريل عام 2014", "2014-04-03" },
        // Maghreb month name
        { "يوم 12 جويلية 2016 بتونس", "12 جويلية 2016", "2016-07-12" },
        // weekday with comma
        { "الخميس، 19 نوفمبر 2015 - أعلن", "الخميس، 19 نوفمبر 2015", "2015-11-19" },
        // numeric, day first
        { "نشر في 23/11/2015 مساء", "23/11/2015", "2015-11-23" },
        // numeric, ISO
        { "آخر تحديث 2015-11-23 10:30", "2015-11-23", "2015-11-23" },
        // Hijri month name with هـ
        { "الموافق 11 صفر 1437 هـ", "11 صفر 1437 هـ", "2015-11-23" },
        // Hijri numeric with هـ
        { "الموافق 1437/2/11هـ", "1437/2/11هـ", "2015-11-23" },
        // Hijri two-word month with hamza and teh marbuta
        { "في 10 ذو الحجة 1436 هـ", "10 ذو الحجة 1436 هـ", "2015-09-23" },
        // diacritics inside the expression
        { "في 23 نُوفَمْبَر 2015", "23 نُوفَمْبَر 2015", "2015-11-23" },
    };

    [Theory]
    [MemberData(nameof(ExplicitDates))]
    public void Should_find_explicit_dates_with_their_span(string text, string expected, string value)
    {
        // Given a sentence holding one explicit date
        // When dates are found without a reference
        var found = DateRecognizer.Find(text, null);

        // Then the one date is found, with its exact span and day
        found.Should().ContainSingle();
        var m = found[0];
        m.Text.Should().Be(expected);
        text[m.Start..m.End].Should().Be(expected);
        m.Value.Should().Be(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        m.IsRelative.Should().BeFalse();
    }

    public static TheoryData<string, string, string> RelativeDates => new()
    {
        // yesterday, with hamza
        { "قال الوزير أمس إن", "أمس", "2015-11-22" },
        // today
        { "يصل اليوم وفد", "اليوم", "2015-11-23" },
        // tomorrow with tanween
        { "تبدأ غداً المحادثات", "غداً", "2015-11-24" },
        // the day before yesterday
        { "وقع أول أمس انفجار", "أول أمس", "2015-11-21" },
        // the day before yesterday, with من
        { "وقع أول من أمس انفجار", "أول من أمس", "2015-11-21" },
        // last week
        { "زار الأسبوع الماضي دمشق", "الأسبوع الماضي", "2015-11-16" },
        // يوم + weekday: the latest such day
        { "اجتمع يوم الخميس مع", "يوم الخميس", "2015-11-19" },
        // weekday + الماضي
        { "اجتمع الخميس الماضي مع", "الخميس الماضي", "2015-11-19" },
        // weekday + الماضي on the same weekday as the reference: a week back
        { "اجتمع الاثنين الماضي مع", "الاثنين الماضي", "2015-11-16" },
        // weekday + المقبل
        { "يجتمع الأحد المقبل مع", "الأحد المقبل", "2015-11-29" },
        // day and month without a year, before the reference
        { "في 20 نوفمبر قال", "20 نوفمبر", "2015-11-20" },
        // day and month without a year, after the reference: last year's
        { "في 5 ديسمبر قال", "5 ديسمبر", "2014-12-05" },
    };

    [Theory]
    [MemberData(nameof(RelativeDates))]
    public void Should_resolve_relative_dates_against_the_reference(string text, string expected, string value)
    {
        // Given a sentence with one relative expression and a Monday reference
        // When dates are found
        var found = DateRecognizer.Find(text, Reference);

        // Then it resolves against the reference
        found.Should().ContainSingle();
        found[0].Text.Should().Be(expected);
        found[0].Value.Should().Be(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        found[0].IsRelative.Should().BeTrue();
    }

    [Theory]
    // relative day word
    [InlineData("قال الوزير أمس إن")]
    // weekday with يوم
    [InlineData("اجتمع يوم الخميس مع")]
    // day and month without year
    [InlineData("في 20 نوفمبر قال")]
    public void Should_skip_relative_dates_without_a_reference(string text)
    {
        DateRecognizer.Find(text, null).Should().BeEmpty();
    }

    [Theory]
    // impossible day
    [InlineData("في 31 فبراير 2015")]
    // impossible numeric month
    [InlineData("رقم 23/13/2015")]
    // a bare weekday name can be a place name
    [InlineData("في سوق الأحد الشعبي")]
    // a month name that is also a verb, without a day
    [InlineData("مارس الضغط على الحكومة")]
    // a number range, not a date
    [InlineData("بين 12.5 و 2015 نسمة")]
    public void Should_find_nothing_in_non_dates(string text)
    {
        DateRecognizer.Find(text, Reference).Should().BeEmpty();
    }

    [Fact]
    public void Should_give_both_dates_of_a_gregorian_and_hijri_pair_in_order()
    {
        // Given a dateline with both calendars
        var text = "الاثنين 23 نوفمبر 2015 الموافق 11 صفر 1437 هـ";

        // When dates are found
        var found = DateRecognizer.Find(text, null);

        // Then both are found, in text order, naming the same day
        found.Should().HaveCount(2);
        found[0].Start.Should().BeLessThan(found[1].Start);
        found.Select(f => f.Value).Should().AllBeEquivalentTo(new DateOnly(2015, 11, 23));
    }

    [Fact]
    public void Should_not_read_the_weekday_of_an_explicit_date_as_a_relative_day()
    {
        var found = DateRecognizer.Find("يوم الخميس 19 نوفمبر 2015", Reference);

        found.Should().ContainSingle().Which.IsRelative.Should().BeFalse();
    }

    [FsCheck.Xunit.Property]
    public bool Should_keep_every_span_inside_the_text_and_in_order(string? text)
    {
        // Given any text, with date words mixed in so that matches happen
        var t = (text ?? "") + " 23 نوفمبر أمس ٢٠١٥/١١/٢٣ " + (text ?? "");

        // When dates are found
        var found = DateRecognizer.Find(t, Reference);

        // Then each span is inside the text, matches its Text, and spans do not overlap
        return found.All(f => f.Start >= 0 && f.End <= t.Length && f.Start < f.End && t[f.Start..f.End] == f.Text)
            && found.Zip(found.Skip(1)).All(p => p.First.End <= p.Second.Start);
    }
}
