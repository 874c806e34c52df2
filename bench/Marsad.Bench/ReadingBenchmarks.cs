using BenchmarkDotNet.Attributes;
using Marsad.Core.Reading;

namespace Marsad.Bench;

/// <summary>
/// Reading a generated 16 MB WARC archive (plain and gzip members) from memory, every page
/// decoded: throughput is 16 MB divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private const int Megabytes = 16;

    private byte[] _plain = [];
    private byte[] _gzip = [];

    [GlobalSetup]
    public void Setup()
    {
        _plain = ReadingCorpus.Warc(Megabytes, gzip: false);
        _gzip = ReadingCorpus.Warc(Megabytes, gzip: true);
    }

    [Benchmark(Baseline = true)]
    public int ReadWarc() => Count(_plain, "bench.warc");

    [Benchmark]
    public int ReadWarcGz() => Count(_gzip, "bench.warc.gz");

    private static int Count(byte[] bytes, string name)
    {
        var characters = 0;
        foreach (var result in new InputReader(ReadOptions.Default).Read(new MemoryStream(bytes), name))
        {
            characters += result.Page?.Content.Length ?? 0;
        }
        return characters;
    }
}
