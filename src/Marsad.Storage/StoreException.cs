namespace Marsad.Storage;

/// <summary>
/// The store cannot be used as it is (written by a newer Marsad, not a Marsad store, not
/// writable): a condition to report to the user in one line, not a bug.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public StoreException(string message) : base(message) { }

    /// <summary>Creates the exception without a message.</summary>
    public StoreException() { }

    /// <summary>Creates the exception wrapping the underlying failure.</summary>
    public StoreException(string message, Exception inner) : base(message, inner) { }
}
