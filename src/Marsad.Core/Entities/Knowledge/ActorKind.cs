namespace Marsad.Core.Entities.Knowledge;

/// <summary>What kind of thing an <see cref="Actor"/> of the knowledge base is.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state (or a territory with an ISO code).</summary>
    State,

    /// <summary>A city or a region.</summary>
    Place,

    /// <summary>An international organization, an armed or political group, a state body.</summary>
    Organization,

    /// <summary>A person.</summary>
    Person,
}
