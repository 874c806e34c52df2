namespace Marsad.Storage;

/// <summary>What one batch changed in the store.</summary>
/// <param name="Added">Documents whose id was new.</param>
/// <param name="Replaced">Stored documents replaced by one with the same id whose input sorts first.</param>
/// <param name="Unchanged">Documents whose id was already stored under an input that sorts first.</param>
public sealed record StoreWriteResult(int Added, int Replaced, int Unchanged)
{
    /// <summary>Nothing written.</summary>
    public static StoreWriteResult Empty { get; } = new(0, 0, 0);

    /// <summary>The sum of two results.</summary>
    public StoreWriteResult Plus(StoreWriteResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Added + other.Added, Replaced + other.Replaced, Unchanged + other.Unchanged);
    }
}
