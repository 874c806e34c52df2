namespace Marsad.Core.Events.Coding;

/// <summary>The closed set of word kinds in <c>Resources/Events/Coding/roles.tsv</c>.</summary>
public enum RoleWordKind
{
    /// <summary>Opens a relative or circumstantial clause (الذي، التي، حيث): a clause break.</summary>
    Relative,

    /// <summary>Puts the place after it (في، قرب): that place is where, not who.</summary>
    Locative,

    /// <summary>بين before two coordinated actors: both take part, each toward the other.</summary>
    Between,

    /// <summary>A temporal or causal word (بعد، منذ، بسبب): a verbal noun right after it is background, not this sentence's news.</summary>
    Background,

    /// <summary>A group noun that acts without a name (المتظاهرون، مسلحون، الشرطة).</summary>
    Agent,

    /// <summary>A noun that, with a possessive pronoun, names the state of the actor before it (بلاده → that actor's country).</summary>
    Anaphor,

    /// <summary>A noun that makes the name or nisba after it no political actor (فريق الأهلي، المنتخب الجزائري، شركة أرامكو، آلاف السياح).</summary>
    NonActor,

    /// <summary>A verb of consequence (أسفر، أدى): the verbal noun after it (and عن/إلى) is the outcome of an act, not another act.</summary>
    Result,

    /// <summary>A word that reports an act as alleged (متهمين، المشتبه، يشتبه): the act after it is a claim, not an event.</summary>
    Claim,

    /// <summary>A past verb of happening (اندلعت، وقع، هز): a protest or attack noun after it is reported as having taken place.</summary>
    Happening,
}
