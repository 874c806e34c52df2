namespace Marsad.Core.Events;

/// <summary>One sentence of the gold set with its expected events (none for a sentence without event).</summary>
/// <param name="Id">The record id (<c>ev001</c>).</param>
/// <param name="Tags">The phenomena it exercises (<c>neg</c>, <c>coord</c>, <c>hard-negative</c>, ...).</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Events">The expected events.</param>
/// <param name="Line">The 1-based line in the file.</param>
internal sealed record GoldSentence(string Id, IReadOnlyList<string> Tags, string Sentence, IReadOnlyList<GoldEvent> Events, int Line);
