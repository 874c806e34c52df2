namespace Marsad.Testing;

/// <summary>
/// Thrown to skip a test whose real-data input is absent. Tests that may skip use
/// <c>[SkippableFact]</c>-style handling through <see cref="SharedData.PathOrSkip"/>:
/// xunit 2 reports the message, which names the missing path.
/// </summary>
public sealed class SkipException : Exception
{
    /// <summary>Creates the exception with the message xunit shows.</summary>
    public SkipException(string message) : base(message) { }

    /// <summary>Creates the exception without a message.</summary>
    public SkipException() { }

    /// <summary>Creates the exception wrapping another.</summary>
    public SkipException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The exception for a missing shared-data path.</summary>
    public static SkipException ForMissing(string path) =>
        new($"$XunitDynamicSkip$skipped: {path} is absent (../shared/data is not beside this checkout)");
}
