namespace Marsad.Core.Reading;

/// <summary>
/// One item read from an input: a page, or the reason one record could not be read.
/// Readers yield failures as values so that a broken record never stops the rest.
/// </summary>
public readonly record struct ReadResult
{
    private ReadResult(RawPage? page, ReadError? error) => (Page, Error) = (page, error);

    /// <summary>The page read, or null when <see cref="Error"/> is set.</summary>
    public RawPage? Page { get; }

    /// <summary>What went wrong, or null when <see cref="Page"/> is set.</summary>
    public ReadError? Error { get; }

    /// <summary>A successfully read page.</summary>
    public static ReadResult Ok(RawPage page) => new(page, null);

    /// <summary>A record that could not be read.</summary>
    public static ReadResult Fail(string origin, string message) => new(null, new ReadError(origin, message));
}

/// <summary>A record that could not be read: where it is and what is wrong, as one line for stderr.</summary>
/// <param name="Origin">The path, with <c>#N</c> for a record inside an archive, or an offset.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ReadError(string Origin, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Origin}: {Message}";
}
