using Marsad.Core.Documents;
using Marsad.Core.Reading;

namespace Marsad.Core.Processing;

/// <summary>
/// What became of one input item in a run: its document, the reason it failed, or the
/// note that an earlier run already handled it.
/// </summary>
/// <param name="Origin">The input it came from: the path, with <c>#N</c> for a record inside an archive.</param>
/// <param name="Outcome">Which of the three it is.</param>
/// <param name="Document">The document when <paramref name="Outcome"/> is <see cref="ItemOutcome.Processed"/>, else null.</param>
/// <param name="Error">What went wrong, one line, when <paramref name="Outcome"/> is <see cref="ItemOutcome.Failed"/>, else null.</param>
public sealed record ProcessedItem(string Origin, ItemOutcome Outcome, Document? Document, string? Error)
{
    /// <summary>The page the item was read as, when it was read (processed or skipped items); null for failures.</summary>
    public RawPage? Page { get; init; }

    /// <summary>The page's <see cref="PageFingerprint"/> when the runner computed it (runs that check for done pages), else null.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>What the runner's prepare step made of the document on a worker thread, or null.</summary>
    public object? Prepared { get; init; }

    /// <summary>A document analyzed from its page.</summary>
    public static ProcessedItem Processed(RawPage page, Document document)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(document);
        return new(page.Origin, ItemOutcome.Processed, document, null) { Page = page };
    }

    /// <summary>An item that could not be read or analyzed.</summary>
    public static ProcessedItem Failed(string origin, string error) => new(origin, ItemOutcome.Failed, null, error);

    /// <summary>A page left alone because the caller said it was already done.</summary>
    public static ProcessedItem Skipped(RawPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.Origin, ItemOutcome.Skipped, null, null) { Page = page };
    }

    /// <summary>The one stderr line of a failure: <c>origin: reason</c>.</summary>
    public override string ToString() => Error is null ? Origin : $"{Origin}: {Error}";
}
