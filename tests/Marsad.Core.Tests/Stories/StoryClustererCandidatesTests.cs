using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

/// <summary>
/// An article with many candidate stories (enough that their scoring is split over the cores)
/// joins the same story a one-by-one scoring picks: the best, the older among equals.
/// </summary>
public sealed class StoryClustererCandidatesTests
{
    private const string Letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";

    // A made-up word of letters only, different for each (story, word) pair.
    private static string Word(int story, int word) =>
        string.Concat("م", Letters[story % Letters.Length], Letters[(story / Letters.Length) % Letters.Length], Letters[word % Letters.Length], "ات");

    private static StoryArticle Article(string id, int story, string shared, int day = 4) => new()
    {
        Id = id,
        Date = new DateOnly(2019, 3, day),
        Source = "outlet",
        Title = $"{shared} {Word(story, 0)} {Word(story, 1)}",
        Text = string.Join(' ', Enumerable.Range(0, 8).Select(w => Word(story, w)).Prepend(shared)) + ".",
    };

    [Fact]
    public void Should_join_the_best_of_a_hundred_candidate_stories()
    {
        // Given a hundred unrelated reports that share one word, then another outlet's report of the 57th,
        // in its own order and with words of its own (not a near-duplicate: it must be scored against them all)
        var articles = Enumerable.Range(0, 100).Select(k => Article($"s{k}", k, "اجتماع")).ToList();
        articles.Add(new StoryArticle
        {
            Id = "again",
            Date = new DateOnly(2019, 3, 5),
            Source = "other-outlet",
            Title = $"{Word(57, 1)} {Word(57, 0)} اجتماع",
            Text = string.Join(' ', Enumerable.Range(0, 8).Reverse().SelectMany(w => new[] { Word(57, w), Word(500, w) })) + " اجتماع.",
        });

        // When they are clustered
        var stories = StoryClusterer.Cluster(articles);

        // Then the hundred stay apart and the second report joins the 57th, not any other candidate
        stories.Should().HaveCount(100);
        stories.Single(s => s.ArticleIds.Contains("again")).ArticleIds.Should().BeEquivalentTo(["s57", "again"]);
    }

    [Fact]
    public void Should_start_a_new_story_when_none_of_a_hundred_candidates_is_close_enough()
    {
        // Given a hundred unrelated reports that share one word, then a report sharing only that word
        var articles = Enumerable.Range(0, 100).Select(k => Article($"s{k}", k, "اجتماع")).ToList();
        articles.Add(Article("other", 300, "اجتماع", day: 5));

        // When they are clustered / Then it stands alone
        var stories = StoryClusterer.Cluster(articles);
        stories.Should().HaveCount(101);
        stories.Single(s => s.ArticleIds.Contains("other")).ArticleIds.Should().Equal("other");
    }
}
