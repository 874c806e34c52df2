using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

/// <summary>
/// <see cref="StoryClusterer.PlaceAll"/> (a batch's candidates scored on all cores against the stories as they were
/// before it, then placed in order, the stories the batch changed scored again) places every article where
/// <see cref="StoryClusterer.Place"/> one after another does, and leaves the same state.
/// </summary>
public sealed class StoryClustererBatchTests
{
    private const string Letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";

    // A made-up word of letters only, different for each (group, word) pair.
    private static string Word(int group, int word) =>
        string.Concat("م", Letters[group % Letters.Length], Letters[(group / Letters.Length) % Letters.Length], Letters[word % Letters.Length], Letters[(word / Letters.Length) % Letters.Length], "ات");

    // Reports of 60 happenings over a month, several per happening and many happenings a day (stories change within a
    // batch and are candidates of the next reports), sharing common words across happenings; some undated, some
    // reprints of an earlier report (near-duplicates), with actors and event keys.
    private static List<StoryArticle> Reports(int seed, int count)
    {
        var random = new Random(seed);
        var reports = new List<StoryArticle>();
        for (var i = 0; i < count; i++)
        {
            if (reports.Count > 10 && random.Next(12) == 0)
            {
                var original = reports[random.Next(reports.Count)];
                reports.Add(original with { Id = $"r{i}", Source = "reprints", Text = original.Text + " " + Word(999, i) });
                continue;
            }
            var happening = random.Next(60);
            var words = Enumerable.Range(0, 14).Select(_ => Word(happening, random.Next(20)))
                .Concat(Enumerable.Range(0, 4).Select(_ => Word(700, random.Next(30))))
                .Concat(Enumerable.Range(0, 3).Select(_ => Word(800 + random.Next(40), random.Next(30))))
                .OrderBy(_ => random.Next()).ToList();
            reports.Add(new StoryArticle
            {
                Id = $"a{i}",
                Date = random.Next(10) == 0 ? null : new DateOnly(2020, 5, 1).AddDays((happening % 28) + random.Next(3)),
                Source = $"outlet{random.Next(5)}",
                Title = string.Join(' ', words.Take(5)),
                Text = string.Join(' ', words) + ".",
                Actors = Enumerable.Range(0, random.Next(3)).Select(_ => $"Q{happening % 7 + random.Next(2)}").ToList(),
                EventKeys = random.Next(3) == 0 ? [$"A{happening % 5}|B|CONSULT"] : [],
            });
        }
        return reports;
    }

    [Theory]
    [InlineData(1, 700)]
    [InlineData(2, 300)]
    public void Should_place_as_one_article_after_another_does(int seed, int count)
    {
        // Given reports, and two fresh clusterers learning frequencies
        var reports = Reports(seed, count);
        var one = new StoryClusterer(StoryOptions.Default, null);
        var batch = new StoryClusterer(StoryOptions.Default, null);

        // When one places them one at a time and the other in batches
        var expected = reports.Select((a, k) => one.Place(a, k)).ToList();
        var actual = batch.PlaceAll(reports, reports.Select((_, k) => (long)k).ToList());

        // Then every report is in the same story, and the stories, index entries and frequencies are the same
        actual.Should().Equal(expected);
        batch.StoryCount.Should().Be(one.StoryCount);
        for (var story = 0; story < one.StoryCount; story++)
        {
            var (a, b) = (batch.Snapshot(story), one.Snapshot(story));
            (a.Id, a.FirstDate, a.LastDate, a.ArticleCount).Should().Be((b.Id, b.FirstDate, b.LastDate, b.ArticleCount));
            a.Centroid.Terms.Should().Equal(b.Centroid.Terms);
            a.Centroid.Weights.Should().Equal(b.Centroid.Weights);
            a.Actors.Should().Equal(b.Actors);
            a.EventKeys.Should().Equal(b.EventKeys);
        }
        batch.NewTermEntries.Should().Equal(one.NewTermEntries);
        batch.CurrentFrequencies.Documents.Should().Be(count);

        // And the reports did group (stories of several reports, changed within a batch), not each alone
        expected.GroupBy(s => s).Count(g => g.Count() >= 3).Should().BeGreaterThan(10);
        one.StoryCount.Should().BeLessThan(count * 2 / 3);
    }

    [Fact]
    public void Should_resume_from_stored_state_and_place_as_one_article_after_another_does()
    {
        // Given a clusterer that placed 250 reports, and two clusterers resumed from its state
        var reports = Reports(3, 600);
        var first = new StoryClusterer(StoryOptions.Default, null);
        for (var k = 0; k < 250; k++)
        {
            first.Place(reports[k], k);
        }
        StoryClusterer Resume()
        {
            var frequencies = new DocumentFrequencies(
                reports.Take(250).SelectMany(r => KeyTerms.Distinct(r.Title, r.Text)).GroupBy(t => t).Select(g => KeyValuePair.Create(g.Key, g.Count())), 250);
            var placed = Enumerable.Range(0, 250).Select(k => (Key: (long)k, Signature: new MinHasher().Signature(Shingler.Shingles(reports[k].Text))))
                .Where(p => p.Signature.Length > 0).Select(p => (p.Key, p.Signature, first.Stories.Select((s, i) => (s, i)).Single(x => x.s.ArticleIds.Contains(reports[(int)p.Key].Id)).i));
            return new StoryClusterer(frequencies, learnFrequencies: true, Enumerable.Range(0, first.StoryCount).Select(first.Snapshot), first.NewTermEntries, placed.ToList(), key => Shingler.Shingles(reports[(int)key].Text));
        }
        var (one, batch) = (Resume(), Resume());

        // When they place the rest, one at a time and in batches
        var expected = Enumerable.Range(250, 350).Select(k => one.Place(reports[k], k)).ToList();
        var actual = batch.PlaceAll(reports.Skip(250).ToList(), Enumerable.Range(250, 350).Select(k => (long)k).ToList());

        // Then the stories are the same
        actual.Should().Equal(expected);
        batch.NewTermEntries.Should().Equal(one.NewTermEntries);
        expected.Count(s => s < first.StoryCount).Should().BeGreaterThan(20, "later reports join stories founded before the resume");
    }
}
