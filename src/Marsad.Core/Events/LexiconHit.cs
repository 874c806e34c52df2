namespace Marsad.Core.Events;

/// <summary>A lexicon entry that a normalized word form belongs to, and as which form.</summary>
/// <param name="Entry">The trigger entry.</param>
/// <param name="Form">The grammatical form the word is.</param>
public readonly record struct LexiconHit(TriggerEntry Entry, WordForm Form);
