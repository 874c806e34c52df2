using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>The finder reads the fixed expressions it is given (a constructor dependency, like its lexicon), not a static list.</summary>
public sealed class TriggerFinderIdiomDependencyTests
{
    private const string Sentence = "قصفت الطائرات مواقع المسلحين في الجبل.";

    [Fact]
    public void Should_read_the_fixed_expressions_it_is_given()
    {
        // Given a finder whose only fixed expression holds قصف before الطائرات, and one with the embedded list
        var idioms = Idioms.Load(new StringReader("قصف\t-\t-\tالطائرات\ta test row\n"), "test.tsv");
        var withRow = new TriggerFinder(TriggerLexicon.Default, idioms);
        var embedded = new TriggerFinder(TriggerLexicon.Default);
        var tokens = WordSplitter.Split(Sentence);

        // Then the first finds no assault in the sentence and the second does
        withRow.Find(tokens).Should().NotContain(c => c.Plover == PloverType.Assault);
        embedded.Find(tokens).Should().Contain(c => c.Plover == PloverType.Assault);
    }
}
