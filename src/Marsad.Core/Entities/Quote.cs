namespace Marsad.Core.Entities;

/// <summary>A quotation (direct or reported) and who said it.</summary>
/// <param name="Speaker">The canonical name of the speaker's actor; null when not linked.</param>
/// <param name="SpeakerText">The words naming the speaker in the text.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Start">Offset of the quoted words in the article text.</param>
/// <param name="End">Offset just past the quoted words (exclusive).</param>
public sealed record Quote(string? Speaker, string? SpeakerText, string Text, int Start, int End)
{
    /// <summary>Offset of <see cref="SpeakerText"/> in the article text; null when there is no speaker text.</summary>
    public int? SpeakerStart { get; init; }

    /// <summary>Offset just past <see cref="SpeakerText"/> (exclusive); null when there is no speaker text.</summary>
    public int? SpeakerEnd { get; init; }
}
