using System.Text;
using Marsad.Core.Reading;
using static Marsad.Core.Tests.Reading.ReadingFixtures;

namespace Marsad.Core.Tests.Reading;

public sealed class CharsetDecoderTests
{
    public static TheoryData<int, string?> ArabicCodePages => new()
    {
        // windows-1256, declared in a meta tag
        { 1256, "windows-1256" },
        // windows-1256, undeclared: detection must find it
        { 1256, null },
        // ISO-8859-6, declared
        { 28596, "iso-8859-6" },
        // ISO-8859-6, undeclared: letters sit elsewhere than in windows-1256
        { 28596, null },
    };

    [Theory]
    [MemberData(nameof(ArabicCodePages))]
    public void Should_decode_legacy_arabic_pages_with_and_without_meta_charset(int codePage, string? meta)
    {
        // Given our Arabic page encoded in a legacy Arabic code page
        var html = ArabicHtml(meta);
        var bytes = CodePage(codePage).GetBytes(html);

        // When it is decoded as HTML with no HTTP header
        var text = CharsetDecoder.Decode(bytes, declaredCharset: null, isHtml: true);

        // Then the Arabic comes out as the same Unicode text
        text.Should().Be(html);
    }

    [Fact]
    public void Should_read_the_charset_from_a_meta_http_equiv_tag()
    {
        // Given a page declaring windows-1256 the HTML 4 way
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body>" + ArabicSentence + "</body></html>";
        var bytes = CodePage(1256).GetBytes(html);

        // When decoded
        var text = CharsetDecoder.Decode(bytes, null, isHtml: true);

        // Then it is read with that code page
        text.Should().Be(html);
    }

    [Fact]
    public void Should_prefer_the_http_charset_over_a_wrong_meta_charset()
    {
        // Given windows-1256 bytes whose meta tag wrongly says ISO-8859-6
        var html = ArabicHtml("iso-8859-6");
        var bytes = CodePage(1256).GetBytes(html);

        // When the HTTP header says windows-1256
        var text = CharsetDecoder.Decode(bytes, "windows-1256", isHtml: true);

        // Then the header wins
        text.Should().Be(html);
    }

    public static TheoryData<string> Boms => new()
    {
        // UTF-16 little endian with BOM
        { "utf-16" },
        // UTF-16 big endian with BOM
        { "utf-16BE" },
        // UTF-8 with BOM
        { "utf-8" },
    };

    [Theory]
    [MemberData(nameof(Boms))]
    public void Should_follow_a_byte_order_mark_over_any_declaration(string encodingName)
    {
        // Given a page saved with a BOM whose meta tag names another charset
        var html = ArabicHtml("windows-1256");
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(html)];

        // When decoded
        var text = CharsetDecoder.Decode(bytes, null, isHtml: true);

        // Then the BOM decides and is not part of the text
        text.Should().Be(html);
    }

    [Fact]
    public void Should_replace_invalid_utf8_bytes_instead_of_failing()
    {
        // Given UTF-8 text with a stray continuation byte and a cut sequence, declared UTF-8
        byte[] bytes = [.. Utf8("<p>قال"), 0x80, .. Utf8(" الوزير"), 0xD8];

        // When decoded
        var text = CharsetDecoder.Decode(bytes, "utf-8", isHtml: true);

        // Then the good parts survive and the bad bytes become U+FFFD
        text.Should().StartWith("<p>قال").And.Contain("\uFFFD").And.Contain("الوزير");
    }

    [Fact]
    public void Should_ignore_an_unknown_charset_label()
    {
        // Given UTF-8 bytes declared with a charset .NET does not know
        var html = ArabicHtml("x-no-such-charset");

        // When decoded
        var text = CharsetDecoder.Decode(Utf8(html), "also-unknown", isHtml: true);

        // Then detection takes over
        text.Should().Be(html);
    }

    [Fact]
    public void Should_not_take_a_meta_utf16_label_for_ascii_compatible_bytes()
    {
        // Given UTF-8 bytes whose meta tag claims UTF-16
        var html = ArabicHtml("utf-16");

        // When decoded
        var text = CharsetDecoder.Decode(Utf8(html), null, isHtml: true);

        // Then it is read as UTF-8, as browsers do
        text.Should().Be(html);
    }

    [Theory]
    // a short headline: too little for statistics, but nearly every high byte is a letter
    [InlineData(1256, "عاجل: انفجار في بغداد")]
    [InlineData(28596, "عاجل: انفجار في بغداد")]
    public void Should_pick_the_arabic_code_page_whose_letters_fit(int codePage, string text)
    {
        // Given a short Arabic text in one of the two Arabic code pages
        var bytes = CodePage(codePage).GetBytes(text);

        // When the Arabic code page is guessed
        var guess = CharsetDecoder.ArabicCodePage(bytes);

        // Then it is that code page
        guess!.CodePage.Should().Be(codePage);
    }

    [Fact]
    public void Should_not_guess_an_arabic_code_page_for_western_text()
    {
        // Given French text in windows-1252
        var bytes = CodePage(1252).GetBytes("Le ministre a été reçu à l'élysée où il a évoqué la coopération.");

        // When the Arabic code page is guessed
        var guess = CharsetDecoder.ArabicCodePage(bytes);

        // Then there is none
        guess.Should().BeNull();
    }

    [Fact]
    public void Should_leave_a_cyrillic_legacy_page_to_the_statistical_detector()
    {
        // Given a Russian page in windows-1251: its high bytes form words, as Arabic ones do
        var html = "<html><body><p>Министр иностранных дел заявил, что переговоры с российской стороной возобновятся в четверг в Каире в присутствии представителей нескольких стран.</p></body></html>";
        var bytes = CodePage(1251).GetBytes(html);

        // When decoded
        var text = CharsetDecoder.Decode(bytes, null, isHtml: true);

        // Then it is not mistaken for Arabic
        text.Should().Be(html);
    }

    [Theory]
    // UTF-16 little endian saved without BOM
    [InlineData("utf-16")]
    // UTF-16 big endian saved without BOM
    [InlineData("utf-16BE")]
    public void Should_recognize_utf16_saved_without_a_bom(string encodingName)
    {
        // Given an Arabic page in UTF-16 with no BOM
        var html = ArabicHtml();
        var bytes = Encoding.GetEncoding(encodingName).GetBytes(html);

        // When read as a file
        var page = ReadAll(bytes, "page.html").Single().Page!;

        // Then it is a page, not binary content, and decodes to the same text
        page.Content.Should().Be(html);
    }
}
