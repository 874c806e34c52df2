using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

/// <summary>
/// A word that begins with ال and ends with a pronoun letter: the article before a known noun wins over a base that
/// begins with ال before a pronoun; where no article reading exists the pronoun still comes off.
/// </summary>
public sealed class ArticleOverPronounTests
{
    [Theory]
    [InlineData("البنك", "ال", "بنك", "")]          // the bank, not البن + ك
    [InlineData("والبنك", "و+ال", "بنك", "")]       // with the conjunction before the article
    [InlineData("بالبنك", "ب+ال", "بنك", "")]       // with a preposition
    [InlineData("الحكم", "ال", "حكم", "")]          // the rule, not الح + كم
    [InlineData("المهم", "ال", "مهم", "")]          // the important, not الم + هم
    [InlineData("الفهم", "ال", "فهم", "")]          // the understanding, not الف + هم
    [InlineData("الوجه", "ال", "وجه", "")]          // the face, not الوج + ه
    [InlineData("الكتاب", "ال", "كتاب", "")]        // an ordinary article word stays as it was
    [InlineData("كتابك", "", "كتاب", "ك")]          // no ال: the pronoun comes off
    [InlineData("بيتك", "", "بيت", "ك")]
    [InlineData("بنكهم", "", "بنك", "هم")]          // their bank
    [InlineData("وحكمهم", "و", "حكم", "هم")]        // and their rule
    [InlineData("إليهم", "", "الي", "هم")]          // a function word keeps its pronoun: not ال + يهم
    [InlineData("لالزامه", "ل", "الزام", "ه")]      // after ل the article is written لل: لال is ل + a word in ال
    public void Should_prefer_the_article_before_a_known_noun(string word, string prefixes, string baseWord, string suffix)
    {
        SegmentedWord.ShouldBe(word, prefixes, baseWord, suffix);
    }

    [Theory]
    [InlineData("ألحانه", "", "الحان", "ه")]      // his melodies: a written hamza is no article
    [InlineData("وإلزامه", "و", "الزام", "ه")]    // and obliging him
    [InlineData("والبنك", "و,ال", "بنك", "")]     // a bare alef: the article
    public void Should_read_a_written_hamza_as_no_article(string text, string prefixes, string norm, string suffixes)
    {
        // Given one word whose letters after normalization begin with ال and end with a pronoun letter
        // When it is analyzed with its original spelling
        var token = ArabicAnalyzer.Default.Analyze(text).Tokens.Should().ContainSingle().Subject;

        // Then a hamza on the alef keeps the pronoun reading, a bare alef the article
        string.Join(',', token.Prefixes).Should().Be(prefixes);
        token.Norm.Should().Be(norm);
        string.Join(',', token.Suffixes).Should().Be(suffixes);
    }

    [Fact]
    public void Should_give_the_bank_as_a_base_in_a_sentence()
    {
        // Given a sentence where a bank is named twice
        const string text = "وأعلن رئيس البنك أن البنك سيخفض الفائدة";

        // When it is analyzed
        var tokens = ArabicAnalyzer.Default.Analyze(text).Tokens.Where(t => t.Text == "البنك").ToList();

        // Then both are ال + بنك with no pronoun
        tokens.Should().HaveCount(2);
        tokens.Should().AllSatisfy(t =>
        {
            t.Norm.Should().Be("بنك");
            t.Prefixes.Should().Equal("ال");
            t.Suffixes.Should().BeEmpty();
        });
    }
}
