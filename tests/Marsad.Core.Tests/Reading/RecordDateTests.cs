using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Reading;

public sealed class RecordDateTests
{
    [Theory]
    // ISO date
    [InlineData("2015-11-23", "2015-11-23")]
    // ISO date-time in UTC
    [InlineData("2015-11-23T10:05:00Z", "2015-11-23")]
    // ISO date-time with an offset that moves the UTC day: the publisher's day is kept
    [InlineData("2015-11-24T01:30:00+03:00", "2015-11-24")]
    // RFC 822 with a numeric zone
    [InlineData("Mon, 23 Nov 2015 22:30:00 +0300", "2015-11-23")]
    // RFC 822 without the weekday, with a US zone name
    [InlineData("23 Nov 2015 22:30:00 EST", "2015-11-23")]
    // RFC 822 with a one-digit day and GMT
    [InlineData("Wed, 4 Nov 2015 08:00:00 GMT", "2015-11-04")]
    // unix seconds written as digits
    [InlineData("1448272800", "2015-11-23")]
    public void Should_parse_the_date_forms_records_carry(string text, string expected)
    {
        // When parsed
        var ok = RecordDate.TryParse(text, out var value);

        // Then the calendar date is the expected one
        ok.Should().BeTrue();
        RecordDate.ToDate(value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    // Arabic month names: the Extraction stage reads those
    [InlineData("٢٣ نوفمبر ٢٠١٥")]
    // an impossible date
    [InlineData("2015-02-30")]
    // nothing
    [InlineData("  ")]
    // a negative timestamp is not a publication date
    [InlineData("-5")]
    public void Should_refuse_what_is_not_a_date(string text)
    {
        RecordDate.TryParse(text, out _).Should().BeFalse();
    }
}
