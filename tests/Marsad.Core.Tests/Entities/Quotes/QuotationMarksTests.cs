using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

public sealed class QuotationMarksTests
{
    private static List<string> Pairs(string text) =>
        QuotationMarks.Find(text, 0, text.Length).Select(p => text[(p.Open + 1)..p.Close]).ToList();

    [Fact]
    public void Should_pair_the_second_opener_when_a_leading_mark_is_stray()
    {
        // Given a line pasted with a stray « before a name and its quotation (one closer for two openers)
        var text = "«سلمى المطيري: «رحم الله فقيدنا الغالي وألهم أهله الصبر».";

        // Then the quotation is the inner pair, without the name
        Pairs(text).Should().Equal("رحم الله فقيدنا الغالي وألهم أهله الصبر");
    }

    [Fact]
    public void Should_keep_the_first_pair_when_a_second_closer_shows_nesting()
    {
        // Given a quotation that quotes another with the same marks (two closers)
        var text = "وكتب: «قال لي الجار: «نعم» ثم مضى في طريقه».";

        // Then pairs do not nest: the outer opener pairs with the first closer, as before
        Pairs(text).Should().Equal("قال لي الجار: «نعم");
    }

    [Fact]
    public void Should_treat_an_unclosed_opener_before_a_later_quotation_as_stray()
    {
        // Given an opener never closed, then a whole quotation in the same paragraph
        var text = "«بيان اللجنة ثم قال رئيسها: «سنعلن النتائج غدا» في المؤتمر.";

        Pairs(text).Should().Equal("سنعلن النتائج غدا");
    }

    [Fact]
    public void Should_pair_curly_quotes_the_same_way()
    {
        var text = "“فهد العلي: “الفريق جاهز للمباراة”.";

        Pairs(text).Should().Equal("الفريق جاهز للمباراة");
    }
}
