using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Marsad.Bench.Report;

/// <summary>
/// <c>micro</c>: the component micro-benchmarks (normalizer, tokenizer and analyzer,
/// gazetteer, NER tagger, trigger finder, event coder, MinHash) in one short BenchmarkDotNet
/// job, in process (no generated project to build: on a loaded 2-core machine that build is
/// what times out), recording each benchmark's mean time and allocation for the report.
/// For a careful run use BenchmarkDotNet itself: <c>-- --filter '*'</c>.
/// </summary>
public sealed class MicroHarness : IHarness
{
    /// <summary>The benchmark classes the report runs.</summary>
    public static readonly Type[] Benchmarks =
    [
        typeof(NormalizerBenchmarks), typeof(LanguageBenchmarks), typeof(GazetteerBenchmarks), typeof(NerBenchmarks), typeof(EntityStageBenchmarks),
        typeof(EventTriggerFinderBenchmarks), typeof(EventCoderBenchmarks), typeof(MinHashBenchmarks),
    ];

    /// <inheritdoc/>
    public string Name => "micro";

    /// <inheritdoc/>
    public string Description => "component micro-benchmarks in one short in-process BenchmarkDotNet job; records mean and allocation";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(ConsoleLogger.Default)
            .WithOptions(ConfigOptions.DisableLogFile);
        var failed = 0;
        foreach (var summary in BenchmarkRunner.Run(Benchmarks, config))
        {
            foreach (var report in summary.Reports)
            {
                var name = $"{report.BenchmarkCase.Descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal)}.{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}";
                if (report.ResultStatistics is not { } stats)
                {
                    failed++;
                    Console.Error.WriteLine($"micro: {name}: no result");
                    continue;
                }
                BenchResults.Record($"micro.{name}.mean", stats.Mean, "ns");
                BenchResults.Record($"micro.{name}.error", stats.StandardError, "ns");
                var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                if (allocated is { } bytes)
                {
                    BenchResults.Record($"micro.{name}.allocated", bytes, "B");
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {stats.Mean / 1000,12:F3} µs  {allocated,10} B/op"));
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
