namespace Marsad.Core.Entities.Matching;

/// <summary>What a phrase of the gazetteer names; the order is the preference when one phrase names several.</summary>
internal enum GazetteerEntryKind
{
    /// <summary>A person's full name.</summary>
    PersonName,

    /// <summary>An organization's name.</summary>
    OrganizationName,

    /// <summary>A state's name.</summary>
    StateName,

    /// <summary>A seat of power (الكرملين).</summary>
    Seat,

    /// <summary>A city's or region's name.</summary>
    PlaceName,

    /// <summary>A title (الرئيس، وزير الخارجية).</summary>
    Title,

    /// <summary>A state body's noun (الجيش، الحكومة), needing a nisba.</summary>
    Institution,

    /// <summary>A person's short name, linked alone.</summary>
    PersonShortName,

    /// <summary>A person's name linked only after a full mention in the article.</summary>
    PersonContextName,

    /// <summary>A nisba adjective or demonym (الروسي، الروس).</summary>
    Nisba,

    /// <summary>A state's name that is also a common word (مالي), linked only in a place context.</summary>
    StateNameInContext,

    /// <summary>A word that alone names the outlet's own state (المملكة), linked only when the outlet's state is known and fits.</summary>
    OwnStateWord,

    /// <summary>An organization's back-reference name (التحالف), linked to the one of its organizations the article named last.</summary>
    OrganizationContextName,

    /// <summary>A state's nisba that is also a common word (القمري "lunar"), read only as the complement of a title (الرئيس القمري).</summary>
    NisbaInTitle,
}
