using Marsad.Core.Documents;
using Marsad.Core.Processing;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Processing;

public sealed class DocumentRunnerTests
{
    private static RawPage Page(int n) => new()
    {
        Origin = $"crawl.jsonl#{n}",
        Content = $"خبر رقم {n}\nقالت الحكومة إنها ستعلن نتائج الاجتماع رقم {n} غدا.",
        Kind = ContentKind.Text,
    };

    private static async Task<List<ProcessedItem>> RunAll(IEnumerable<ReadResult> items, RunnerOptions options, Func<RawPage, bool>? isDone = null)
    {
        var runner = new DocumentRunner(new Pipeline(), options);
        var results = new List<ProcessedItem>();
        await foreach (var item in runner.RunAsync(items, isDone))
        {
            results.Add(item);
        }
        return results;
    }

    [Theory]
    // One worker: order is trivially kept.
    [InlineData(1, 1)]
    // Many workers and a small window: results finish out of order and must be put back.
    [InlineData(8, 3)]
    // More workers than items in flight allowed.
    [InlineData(4, 1)]
    public async Task Should_yield_one_result_per_item_in_input_order(int workers, int window)
    {
        // Given 300 pages
        var items = Enumerable.Range(1, 300).Select(n => ReadResult.Ok(Page(n))).ToList();

        // When they run through the runner
        var results = await RunAll(items, new RunnerOptions { Workers = workers, Window = window });

        // Then every page gives its document, in the order read
        results.Select(r => r.Origin).Should().Equal(items.Select(i => i.Page!.Origin));
        results.Should().AllSatisfy(r => r.Outcome.Should().Be(ItemOutcome.Processed));
        results[41].Document!.Text.Should().Contain("رقم 42");
    }

    [Fact]
    public async Task Should_pass_read_failures_through_in_place()
    {
        // Given a broken record between two pages
        ReadResult[] items = [ReadResult.Ok(Page(1)), ReadResult.Fail("crawl.jsonl#2", "not JSON: unexpected '}' at column 7"), ReadResult.Ok(Page(3))];

        // When they run
        var results = await RunAll(items, new RunnerOptions { Workers = 2, Window = 4 });

        // Then the failure keeps its place and its reason
        results.Select(r => r.Outcome).Should().Equal(ItemOutcome.Processed, ItemOutcome.Failed, ItemOutcome.Processed);
        results[1].ToString().Should().Be("crawl.jsonl#2: not JSON: unexpected '}' at column 7");
    }

    [Fact]
    public async Task Should_turn_an_exception_inside_a_stage_into_a_failure_naming_the_input()
    {
        // Given an analysis that throws on one page
        var pipeline = new Pipeline();
        Document Analyze(RawPage page) => page.Origin.EndsWith("#2", StringComparison.Ordinal)
            ? throw new InvalidOperationException("stage broke\non two lines")
            : pipeline.Process(page);
        ReadResult[] items = [ReadResult.Ok(Page(1)), ReadResult.Ok(Page(2)), ReadResult.Ok(Page(3))];

        // When they run
        var results = new List<ProcessedItem>();
        await foreach (var item in new DocumentRunner(Analyze, new RunnerOptions { Workers = 2, Window = 4 }).RunAsync(items))
        {
            results.Add(item);
        }

        // Then that page fails alone, in one line, and the others are analyzed
        results.Select(r => r.Outcome).Should().Equal(ItemOutcome.Processed, ItemOutcome.Failed, ItemOutcome.Processed);
        results[1].Error.Should().Be("could not be analyzed: InvalidOperationException: stage broke on two lines");
        results[1].Origin.Should().Be("crawl.jsonl#2");
    }

    [Fact]
    public async Task Should_skip_pages_said_to_be_done_without_analyzing_them()
    {
        // Given pages of which the even ones are done
        var items = Enumerable.Range(1, 10).Select(n => ReadResult.Ok(Page(n)));

        // When they run with that predicate
        var results = await RunAll(items, new RunnerOptions { Workers = 3, Window = 5 }, p => p.Origin.EndsWith('2') || p.Origin.EndsWith('4'));

        // Then those are skipped, in place, and carry no document
        results.Where(r => r.Outcome == ItemOutcome.Skipped).Select(r => r.Origin).Should().Equal("crawl.jsonl#2", "crawl.jsonl#4");
        results.Where(r => r.Outcome == ItemOutcome.Skipped).Should().AllSatisfy(r => r.Document.Should().BeNull());
        results.Should().HaveCount(10);
    }

    [Fact]
    public async Task Should_end_cleanly_with_a_failure_when_the_reader_itself_throws()
    {
        // Given a reader that breaks after two pages
        static IEnumerable<ReadResult> Broken()
        {
            yield return ReadResult.Ok(Page(1));
            yield return ReadResult.Ok(Page(2));
            throw new IOException("disk unplugged");
        }

        // When it runs
        var results = await RunAll(Broken(), new RunnerOptions { Workers = 2, Window = 2 });

        // Then the two pages are kept and the break is one failure after the last input read
        results.Select(r => r.Outcome).Should().Equal(ItemOutcome.Processed, ItemOutcome.Processed, ItemOutcome.Failed);
        results[2].ToString().Should().Be("crawl.jsonl#2: reading stopped after this input: IOException: disk unplugged");
    }

    [Fact]
    public async Task Should_stop_reading_when_the_consumer_stops()
    {
        // Given an endless input
        var read = 0;
        IEnumerable<ReadResult> Endless()
        {
            for (var n = 1; ; n++)
            {
                Interlocked.Increment(ref read);
                yield return ReadResult.Ok(Page(n));
            }
        }

        // When the consumer takes five and stops
        var runner = new DocumentRunner(new Pipeline(), new RunnerOptions { Workers = 2, Window = 8 });
        var taken = 0;
        await foreach (var _ in runner.RunAsync(Endless()))
        {
            if (++taken == 5)
            {
                break;
            }
        }

        // Then the reader stopped within the window instead of running on
        Volatile.Read(ref read).Should().BeLessThanOrEqualTo(5 + 8 + 1);
    }
}
