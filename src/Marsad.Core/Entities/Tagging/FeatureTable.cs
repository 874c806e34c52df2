namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// An open-addressing map from feature hash to weight row: the tagger's hottest lookup,
/// about sixty per token, kept in two flat arrays with linear probing at load ≤ 0.5.
/// </summary>
internal sealed class FeatureTable
{
    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows)
    {
        var capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, rows.Count * 2)));
        _keys = new uint[capacity];
        _rows = new int[capacity];
        Array.Fill(_rows, -1);
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            var slot = Slot(key);
            while (_rows[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    /// <summary>The weight row of <paramref name="key"/>, or -1.</summary>
    public int Find(uint key)
    {
        var slot = Slot(key);
        while (true)
        {
            var row = _rows[slot];
            if (row < 0 || _keys[slot] == key)
            {
                return row;
            }
            slot = (slot + 1) & _mask;
        }
    }

    // FNV hashes are weak in their low bits; a multiplicative step spreads them over the table.
    private int Slot(uint key) => (int)((key * 2654435769u) >> 7) & _mask;
}
