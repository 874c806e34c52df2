using Marsad.Core.Documents;

namespace Marsad.Storage;

/// <summary>A document to store, with the fingerprint of the page it was analyzed from.</summary>
/// <param name="Document">The analyzed document; its <see cref="Document.Input"/> is the input recorded.</param>
/// <param name="PageFingerprint">
/// The page's fingerprint (<see cref="Core.Processing.PageFingerprint"/>): a re-run skips the
/// input only when its page still has this fingerprint.
/// </param>
public sealed record StoreEntry(Document Document, string PageFingerprint)
{
    /// <summary>
    /// The document prepared for the store (<see cref="PreparedDocument.Of(Core.Documents.Document)"/>) when the caller did it
    /// ahead, e.g. on worker threads; null to have the writer prepare it.
    /// </summary>
    public PreparedDocument? Prepared { get; init; }
}
