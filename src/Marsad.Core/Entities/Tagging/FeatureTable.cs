using System.Runtime.CompilerServices;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// An open-addressing map from feature hash to weight row: the tagger's hottest lookup,
/// about sixty per token and stage. Key and row share one 64-bit slot so a probe touches
/// one cache line; linear probing at load ≤ 0.5.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slots;
    private readonly int _mask;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows)
    {
        var capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, rows.Count * 2)));
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            var slot = Slot(key);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            // Row + 1 in the low half, so an all-zero slot means empty whatever the key.
            _slots[slot] = ((ulong)key << 32) | (uint)(row + 1);
        }
    }

    /// <summary>The weight row of <paramref name="key"/>, or -1.</summary>
    // Inlined into the tagger's scoring loop, so that its ten independent probes per token are not ten calls.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(uint key)
    {
        var slot = Slot(key);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }
            if ((uint)(entry >> 32) == key)
            {
                return (int)(uint)entry - 1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    // FNV hashes are weak in their low bits; a multiplicative step spreads them over the table.
    private int Slot(uint key) => (int)((key * 2654435769u) >> 7) & _mask;
}
