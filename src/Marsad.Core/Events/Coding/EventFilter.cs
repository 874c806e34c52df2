using System.Collections.Frozen;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Marsad.Core.Events.Coding;

/// <summary>
/// The statistical half of the coder: an averaged perceptron over <see cref="EventFeatures"/>
/// that keeps or drops a candidate the rules coded, for the types it was trained on
/// (<c>Resources/Events/Coding/filter.tsv</c>: <c>feature, weight</c>; a type is covered when
/// its <c>TYPE|bias</c> weight is listed). A feature <c>*|name</c> is shared: its weight counts for
/// <c>TYPE|name</c> of every type, so what one type's data teaches (a memory word, a year) helps
/// the other. The decision threshold is folded into the biases. Trained by the <c>events-train</c> bench harness on
/// the training half of arabic-event-gsr only (<see cref="IsTraining"/>); the other half is the test.
/// </summary>
internal sealed class EventFilter
{
    /// <summary>The embedded file name, relative to the events resources.</summary>
    public const string FileName = "Coding/filter.tsv";

    private static readonly Lazy<EventFilter> LazyDefault = new(() =>
    {
        using var reader = EventResources.Open(FileName);
        return Load(reader, FileName);
    });

    /// <summary>The type prefix of a shared feature.</summary>
    public const string Shared = "*";

    private readonly FrozenDictionary<string, double> _weights;

    // Shared weights keyed by the feature without its type ("|stem:x"), looked up by span to spare a string per feature.
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _shared;
    private readonly bool _hasShared;

    private EventFilter(FrozenDictionary<string, double> weights, FrozenDictionary<string, double> shared)
    {
        _weights = weights;
        _shared = shared.GetAlternateLookup<ReadOnlySpan<char>>();
        _hasShared = shared.Count > 0;
    }

    /// <summary>The embedded filter.</summary>
    public static EventFilter Default => LazyDefault.Value;

    /// <summary>True when the filter was trained for <paramref name="type"/>.</summary>
    public bool Covers(PloverType type) => _weights.ContainsKey(type.ToName() + "|bias");

    /// <summary>The perceptron score: above zero keeps the candidate.</summary>
    public double Score(IReadOnlyList<string> features)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            sum += _weights.GetValueOrDefault(f);
            var bar = f.IndexOf('|', StringComparison.Ordinal);
            if (_hasShared && bar >= 0 && _shared.TryGetValue(f.AsSpan(bar), out var w))
            {
                sum += w;
            }
        }
        return sum;
    }

    /// <summary>The documented split of arabic-event-gsr: a record is for training when the XxHash32 of its id is even.</summary>
    public static bool IsTraining(string recordId) => XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(recordId)) % 2 == 0;

    /// <summary>Reads weights: tab-separated <c>feature, weight</c>; <c>#</c> comments.</summary>
    /// <exception cref="EventResourceException">A line is malformed.</exception>
    public static EventFilter Load(TextReader reader, string fileName)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var shared = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (line, f) in EventResources.DataLines(reader))
        {
            if (f.Length != 2 || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !weights.TryAdd(f[0], w))
            {
                throw new EventResourceException(fileName, line, "expected a new feature and a number, tab-separated");
            }
        }
        foreach (var (f, w) in weights)
        {
            if (f.StartsWith(Shared + "|", StringComparison.Ordinal))
            {
                shared[f[Shared.Length..]] = w;
            }
        }
        return new EventFilter(weights.ToFrozenDictionary(StringComparer.Ordinal), shared.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
