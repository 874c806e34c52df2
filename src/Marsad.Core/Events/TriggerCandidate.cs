namespace Marsad.Core.Events;

/// <summary>A word that signals an event, before its actors are assigned.</summary>
/// <param name="Entry">The lexicon entry matched.</param>
/// <param name="TokenIndex">The index of the trigger word in the sentence's tokens.</param>
/// <param name="Start">Offset of the trigger word in the text.</param>
/// <param name="End">Offset just past the trigger word (exclusive).</param>
/// <param name="Stem">The lexicon form matched, clitics removed (normalized).</param>
/// <param name="Form">What the matched form is (past, present, future, noun).</param>
/// <param name="CompanionIndex">The token index of the companion word that completed the trigger (فرض … عقوبات); -1 when none.</param>
/// <param name="Negated">True when a negation or a denial governs the trigger.</param>
/// <param name="Mode">Future, intent, possibility or condition; null when told as happened.</param>
public sealed record TriggerCandidate(
    TriggerEntry Entry,
    int TokenIndex,
    int Start,
    int End,
    string Stem,
    WordForm Form,
    int CompanionIndex,
    bool Negated,
    EventMode? Mode)
{
    /// <summary>The CAMEO code signalled.</summary>
    public string Cameo => Entry.Code.Code;

    /// <summary>The PLOVER type signalled.</summary>
    public PloverType? Plover => Entry.Code.Plover;
}
