using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>State names that are also common words (مالي، بنين) link only in a place context.</summary>
public sealed class StateNameInContextTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    [Theory]
    [InlineData("قتل ثلاثة جنود في هجوم على قاعدة عسكرية في مالي أمس.", "MLI")]
    [InlineData("عاد مئات اللاجئين إلى بنين بعد انتهاء الأزمة.", "BEN")]
    [InlineData("تدور معارك عنيفة في جنوب مالي منذ أسابيع.", "MLI")]
    [InlineData("انفجرت عبوة ناسفة بمالي صباح اليوم.", "MLI")]
    [InlineData("وصل المتطوعون من الجزائر ومن مالي إلى الحدود.", "MLI")]
    public void Should_link_a_state_name_after_a_place_word(string text, string iso3)
    {
        var mentions = Recognizer.Recognize(text, new DateOnly(2015, 7, 25));

        var mention = mentions.Should().ContainSingle(m => m.Country == iso3).Subject;
        mention.Type.Should().Be(EntityType.Gpe);
        mention.Text.Should().BeOneOf("مالي", "بنين");
    }

    [Theory]
    [InlineData("قدمت الجمعية دعم مالي كبير للقرى الفقيرة.")]
    [InlineData("رزق الله الأسرة بنين وبنات كثيرين.")]
    [InlineData("مالي لا يكفي لشراء بيت جديد.")]
    [InlineData("أعلن البنك عن عجز مالي في ميزانية العام.")]
    public void Should_not_link_the_common_word_elsewhere(string text)
    {
        var mentions = Recognizer.Recognize(text, new DateOnly(2015, 7, 25));

        mentions.Should().NotContain(m => m.Country == "MLI" || m.Country == "BEN");
    }
}
