using Marsad.Core.Language;
using Marsad.Core.Stories;
using Marsad.Storage.Search;

namespace Marsad.Storage.Tests.Sqlite;

public sealed class PreparedDocumentTests
{
    // Texts written for this test: clitics, names the stemmer would cut, digits, punctuation, Latin.
    [Theory]
    [InlineData("التقى الرئيس بوتين نظيره التركي أردوغان في موسكو، وبحثا وقف إطلاق النار في إدلب.")]
    [InlineData("وأعلنت وزارة الصحة تسجيل ١٢٣ حالة جديدة. وقال المتحدث باسم الوزارة: \"الوضع تحت السيطرة\".")]
    [InlineData("Reuters: قمة مجموعة العشرين G20 تنعقد في الرياض بمشاركة القادة والمسؤولين")]
    public void Should_give_the_search_terms_and_leads_of_the_text_when_reusing_its_analysis(string text)
    {
        // When terms and leads come from an analysis made once (as the ingest's pipeline makes it)
        var analysis = ArabicAnalyzer.Default.Analyze(text);

        // Then they are those the search index and the summarizer compute from the text themselves
        SearchTerms.Index(analysis).Should().Be(SearchTerms.Index(text));
        SearchTerms.Index(analysis).Stems.Should().NotBeEmpty();
        StorySummarizer.Leads(analysis).Should().Equal(StorySummarizer.Leads(text));
    }
}
