namespace Marsad.Core.Events.Coding;

/// <summary>The sources and targets found for one trigger; several when actors are coordinated.</summary>
/// <param name="Sources">Who acts; empty when the sentence names no one.</param>
/// <param name="Targets">Who is acted upon; empty when none is found.</param>
/// <param name="Reciprocal">True when each source acts toward the others (اتفقت أرمينيا وأذربيجان، المفاوضات بين X وY).</param>
internal sealed record EventArguments(IReadOnlyList<ActorSlot> Sources, IReadOnlyList<ActorSlot> Targets, bool Reciprocal)
{
    /// <summary>
    /// True when the target is someone the sentence does not name: an object pronoun on the verb (اعتقلتهم، استقبله) or an object
    /// opened by أي (ترفض أي تدخل، لم تتهم أي جهة); <c>?</c>, not a later actor or the place.
    /// </summary>
    public bool TargetUnnamed { get; init; }

    /// <summary>
    /// True when no target was found and the actor after the source was only its own name or title in apposition (رئيس البرلمان
    /// العربي أحمد الجروان بأداء …): the sentence names no counterpart, so none is taken from its places or implied.
    /// </summary>
    public bool AppositionOnly { get; init; }

    /// <summary>
    /// True when the verb's object is a thing a relative clause's pronoun points back to (المنازل التي دمرها القصف، الخطة التي
    /// رفضها الرئيس): no counterpart is taken from the sentence's places, implied, or looked for as a victim (evrand32).
    /// </summary>
    public bool ObjectThing { get; init; }

    /// <summary>
    /// True for deaths a teller tells of its own (أعلن الجيش مقتل ثلاثة من جنوده): they took place, the author unnamed, the dead
    /// (the targets, when named) the victims. evnisba30.
    /// </summary>
    public bool ToldDeaths { get; init; }
}
