using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>
/// بحماس followed at once by an indefinite word is "with zeal" (بحماس كبير، بحماس خلال الشهر), not Hamas; after ب with a
/// preposition, punctuation or a definite word after it, or with حركة, the name stays the group (evreal19). Sentences written for these tests.
/// </summary>
public sealed class MannerPhraseTests
{
    private static readonly DateOnly Date = new(2015, 8, 1);

    private static IReadOnlyList<EntityMention> Recognize(string text) =>
        EntityRecognizer.KnowledgeBaseOnly.Recognize(text, GazetteerTokenizer.Tokenize(text), Date, []);

    [Theory]
    [InlineData("واستقبل الطلاب المعلم الجديد بحماس كبير في أول أيام الدراسة.")]
    [InlineData("وأقبل الناس على التطوع بحماس خلال الشهر الكريم.")]
    [InlineData("وتحدث اللاعب بحماس شديد عن المباراة المقبلة.")]
    public void Should_read_the_manner_phrase_as_no_group(string text) =>
        Recognize(text).Should().NotContain(m => m.Code == "PSEREB");

    [Theory]
    [InlineData("ونفت الحكومة المصرية أي اتصالات بحماس في غزة.")]
    [InlineData("واتهم الجيش الإسرائيلي حماس بإطلاق الصواريخ.")]
    [InlineData("وقال المتحدث إن علاقة إيران بحماس، رغم الخلافات، لم تنقطع.")]
    [InlineData("وأشاد الوزير بحركة حماس وموقفها من المصالحة.")]
    public void Should_keep_the_group(string text) =>
        Recognize(text).Should().Contain(m => m.Code == "PSEREB");
}
