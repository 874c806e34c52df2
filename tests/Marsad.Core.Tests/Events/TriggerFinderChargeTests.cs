using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Acts named as the matter of a charge up to eight words after the charge word (evgsr18): the list of acts a charge, an
/// accusation or a claim names tells none of them as done. Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderChargeTests
{
    [Theory]
    [InlineData("أدانت المحكمة ثلاثة رجال بتهم السرقة وارتكاب عدد من أعمال الخطف.")]
    [InlineData("طالبت المنظمة بنزع سلاح الميليشيات المتهمة بارتكاب أعمال نهب وسلب وقتل.")]
    [InlineData("تتهم النيابة الرجلين بالمشاركة في التخطيط لعملية اغتيال القاضي.")]
    public void Should_find_no_assault_named_by_a_charge_a_few_words_before(string sentence)
    {
        // Given an attack named in the list of acts a charge word opens, more than three words on
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("اعتقلت الشرطة المتهم الرئيسي أمس وقتل مسلحون جنديين في هجوم على حاجز.")]
    [InlineData("أفرج القاضي عن المتهمين بعد أن أطلق مسلحون النار على المحكمة.")]
    public void Should_find_the_assault_after_a_near_day_or_as_a_conjugated_verb(string sentence)
    {
        // Given an attack told as done after a charge word: past a near day (a new clause), or as a conjugated verb
        var found = TriggerFinderTests.Find(sentence);

        // Then an assault with no mode is found
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Mode == null && !c.Negated);
    }

    [Fact]
    public void Should_read_the_near_days_of_the_lists_the_finder_was_given()
    {
        // Given a sentence where a near day (أمس) between a charge word and an attack verb opens a new clause
        const string sentence = "اعتقلت الشرطة المتهم الرئيسي أمس وقتل مسلحون جنديين في هجوم على حاجز.";
        var withoutNearDays = NonEpisodicWords.Load(new StringReader("near-day\tالبارحه\t-\tlast night only\n"), "test.tsv");
        var finder = new TriggerFinder(TriggerLexicon.Default, Idioms.Default, withoutNearDays);

        // When the finder is given lists in which أمس is no near day
        var found = finder.Find(WordSplitter.Split(sentence));

        // Then the killing verb is read as the matter of the charge, as the embedded lists' finder does not read it
        found.Should().NotContain(c => c.Plover == PloverType.Assault && c.Start == sentence.IndexOf("وقتل", StringComparison.Ordinal));
        TriggerFinderTests.Find(sentence).Should().Contain(c => c.Plover == PloverType.Assault && c.Start == sentence.IndexOf("وقتل", StringComparison.Ordinal));
    }
}
