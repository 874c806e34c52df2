using Marsad.Core.Extraction;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Extraction;

public sealed class GenreClassifierTests
{
    // Our own texts: a column's reasoning in the first person, and a report that attributes every fact.
    private const string Column = """
        لماذا نكرر الأخطاء نفسها كل عام؟ أنا لا أعتقد أن المشكلة في الأنظمة، بل فينا نحن. هل نحتاج إلى قانون جديد
        كي نحترم الطريق؟ أرى أن علينا أن نبدأ من البيت، فنحن نعلم أبناءنا بما نفعل لا بما نقول. وكيف نطالب غيرنا
        بالانضباط ونحن أول من يخالف؟ لسنا في حاجة إلى لجان أخرى، بل إلى ضمير يقظ. أتمنى أن نرى ذلك قريبا، وليتنا
        نبدأ اليوم قبل الغد، فالوقت لا ينتظر أحدا، والطرق لا ترحم المستعجلين، والأرقام التي نقرؤها كل صيف تكفي
        لكي نتوقف ونسأل أنفسنا: إلى متى؟ لدينا ما يكفي من الأنظمة، وما ينقصنا هو أن نلتزم بها جميعا دون استثناء!
        """;

    private const string Report = """
        أعلنت وزارة النقل أمس بدء أعمال الصيانة على الطريق السريع بين المدينتين. وقال المتحدث باسم الوزارة إن الأعمال
        تستمر ثلاثة أشهر، وأوضح أن حركة السير ستتحول إلى طريق بديل. وأضاف في بيان أن الوزارة نسقت مع إدارة المرور.
        وأشار إلى أن المشروع يشمل توسعة الجسور، مؤكدا أن كلفته تبلغ مئة مليون. وذكرت الوزارة أن الأعمال تجري ليلا،
        بحسب الجدول المعلن، وفقا لما أفاد به مدير المشروع الذي قال إن الفرق بدأت العمل اليوم.
        """;

    [Fact]
    public void Should_class_a_first_person_argument_as_opinion_and_an_attributed_report_as_news()
    {
        GenreClassifier.Classify("http://example.org/2015/1", Column).Should().Be(ArticleGenre.Opinion);
        GenreClassifier.Classify("http://example.org/2015/2", Report).Should().Be(ArticleGenre.News);
        GenreClassifier.Score(Column).Should().BeGreaterThan(GenreClassifier.Score(Report));
    }

    [Theory]
    [InlineData("http://example.org/opinion/a/123")]
    [InlineData("http://example.org/Articles/Detail.aspx?ArticleID=5")]
    [InlineData("http://example.org/columnists/name/77")]
    public void Should_class_a_page_under_an_opinion_section_of_its_url_as_opinion(string url)
    {
        GenreClassifier.Classify(url, Report).Should().Be(ArticleGenre.Opinion);
    }

    [Fact]
    public void Should_not_read_a_single_article_path_as_an_opinion_section()
    {
        GenreClassifier.Classify("http://example.org/article/4082459", Report).Should().Be(ArticleGenre.News);
    }

    [Fact]
    public void Should_class_a_page_ending_with_the_writers_contact_footer_as_opinion_even_when_extraction_cut_it()
    {
        var raw = Report + "\nللتواصل مع الكاتب ارسل رسالة قصيرة";

        GenreClassifier.Classify(null, Report, raw).Should().Be(ArticleGenre.Opinion);
        GenreClassifier.Classify(null, Report, Report).Should().Be(ArticleGenre.News);
    }

    [Fact]
    public void Should_give_the_extracted_article_and_its_document_the_genre()
    {
        var page = new RawPage { Origin = "column.txt", Title = "إلى متى؟", Content = "إلى متى؟\n" + Column, Kind = ContentKind.Text };

        var document = new Pipeline().Process(page);

        document.Genre.Should().Be(ArticleGenre.Opinion);
        Marsad.Core.Documents.DocumentJson.Serialize(document).Should().Contain("\"genre\":\"opinion\"");
    }
}
