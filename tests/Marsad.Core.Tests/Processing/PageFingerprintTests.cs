using Marsad.Core.Processing;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Processing;

public sealed class PageFingerprintTests
{
    private static readonly RawPage Page = new()
    {
        Origin = "news/0001.txt",
        Content = "اجتماع وزاري\nعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة.",
        Kind = ContentKind.Text,
        Url = "https://example.org/a",
        Source = "Okaz",
        Date = new DateOnly(2015, 7, 21),
    };

    [Fact]
    public void Should_be_equal_for_equal_pages_whatever_their_origin()
    {
        // Given the same page read from another path
        var copy = Page with { Origin = "mirror/0001.txt" };

        // Then the fingerprints are equal, 16 hex digits
        PageFingerprint.Of(copy).Should().Be(PageFingerprint.Of(Page)).And.MatchRegex("^[0-9a-f]{16}$");
    }

    public static TheoryData<string, RawPage> ChangedPages => new()
    {
        // An edited file.
        { "content", Page with { Content = Page.Content + " وأصدروا بيانا." } },
        // The same text as HTML instead of crawl text.
        { "kind", Page with { Kind = ContentKind.Html } },
        { "url", Page with { Url = "https://example.org/b" } },
        { "title", Page with { Title = "عنوان" } },
        { "source", Page with { Source = null } },
        // Another --date changes the document, so the page must be analyzed again.
        { "date", Page with { Date = new DateOnly(2015, 7, 22) } },
        { "fetch date", Page with { FetchDate = new DateTimeOffset(2015, 7, 21, 2, 51, 32, TimeSpan.Zero) } },
        { "as article", Page with { IsArticle = true } },
        // Text moved between two fields must not hash the same.
        { "boundary", Page with { Url = "https://example.org/", Title = "a" } },
    };

    [Theory]
    [MemberData(nameof(ChangedPages))]
    public void Should_change_when_anything_the_analysis_reads_changes(string what, RawPage changed)
    {
        PageFingerprint.Of(changed).Should().NotBe(PageFingerprint.Of(Page), what);
    }
}
