namespace Marsad.Core.Entities.Knowledge;

/// <summary>What follows a title to name the state it belongs to.</summary>
public enum TitleComplement
{
    /// <summary>A nisba adjective: الرئيس الروسي، وزير الخارجية الإيراني.</summary>
    Nisba,

    /// <summary>A state's name in a construct phrase: رئيس روسيا، وزير خارجية إيران.</summary>
    Country,
}
