namespace Marsad.Core.Entities.Knowledge;

/// <summary>What follows a title to name the state it belongs to.</summary>
public enum TitleComplement
{
    /// <summary>A nisba adjective: الرئيس الروسي، وزير الخارجية الإيراني.</summary>
    Nisba,

    /// <summary>A state's name in a construct phrase: رئيس روسيا، وزير خارجية إيران.</summary>
    Country,

    /// <summary>
    /// A place of a state in a construct phrase: أمير منطقة نجران، محافظ جدة. The title names the place's state
    /// (a regional governor is an official of its government); alone, a coreferring title (أمير المنطقة) takes the state
    /// of the place the article named last.
    /// </summary>
    Place,
}
