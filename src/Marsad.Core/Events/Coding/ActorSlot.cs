namespace Marsad.Core.Events.Coding;

/// <summary>An actor that may fill a role in one sentence: where it stands and how it is coded.</summary>
/// <param name="FirstWord">Index of its first word in the sentence's words.</param>
/// <param name="LastWord">Index of its last word.</param>
/// <param name="Actor">The actor as an event names it.</param>
/// <param name="IsPlace">True when the sentence uses it as a place (في طهران), not as a participant.</param>
/// <param name="Location">Where it is, for a place; null otherwise or when unknown.</param>
internal sealed record ActorSlot(int FirstWord, int LastWord, EventActor Actor, bool IsPlace, EventLocation? Location)
{
    /// <summary>The key events are deduplicated on: the code, else the country, else the words.</summary>
    public string Key => Actor.Code ?? Actor.Country ?? Actor.Text;

    /// <summary>True for an unnamed group whose country was not said but assumed (the sentence's place or first actor).</summary>
    public bool CountryAssumed { get; init; }

    /// <summary>
    /// True when that assumed country is the article's state (<see cref="SentenceFrame.ArticleState"/>): the sentence itself names no
    /// place and no state, so it names no domestic counterpart either (<c>EventCoder.ImpliedTarget</c>).
    /// </summary>
    public bool CountryFromArticle { get; init; }

    /// <summary>True when the mention had no code of its own and is coded by its country: a town or region (الزبداني), not a state or its nationals.</summary>
    public bool CodeFromCountry { get; init; }

    /// <summary>
    /// True for a person or official the knowledge base does not know (الدكتور الربيعة، مدير جوازات منطقة عسير): it fills the role
    /// it stands in, so no other actor is taken for it, but it codes nothing (the coder drops it from the event; evunk30).
    /// </summary>
    public bool Unknown { get; init; }

    /// <summary>A place taken as a participant: its state (في سوريا → Syria as target), named by the place, coded by the country.</summary>
    public ActorSlot AsState(string country) =>
        this with { IsPlace = false, Actor = new EventActor(Actor.Text, Location?.Name, country, country) };
}
