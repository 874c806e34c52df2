namespace Marsad.Core.Entities.Tagging;

/// <summary>Exact-match counts and scores for one class of names (or all of them).</summary>
/// <param name="Correct">Predicted spans whose bounds and type match a gold span.</param>
/// <param name="Predicted">Spans the tagger found.</param>
/// <param name="Gold">Spans in the gold data.</param>
public sealed record NerScore(int Correct, int Predicted, int Gold)
{
    /// <summary>Correct / predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold; 0 when there is no gold span.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
