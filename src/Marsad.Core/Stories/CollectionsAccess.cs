using System.Runtime.InteropServices;

namespace Marsad.Core.Stories;

/// <summary>Dictionary access without a second lookup.</summary>
internal static class CollectionsAccess
{
    public static List<TValue> GetOrAdd<TKey, TValue>(Dictionary<TKey, List<TValue>> dictionary, TKey key)
        where TKey : notnull
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(dictionary, key, out _);
        return list ??= [];
    }
}
