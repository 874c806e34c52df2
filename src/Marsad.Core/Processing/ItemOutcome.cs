namespace Marsad.Core.Processing;

/// <summary>What became of one input item in a run.</summary>
public enum ItemOutcome
{
    /// <summary>Analyzed into a document.</summary>
    Processed,

    /// <summary>Could not be read or analyzed; the run went on with the others.</summary>
    Failed,

    /// <summary>Already handled by an earlier run: not analyzed again.</summary>
    Skipped,
}
