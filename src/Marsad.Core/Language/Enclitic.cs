namespace Marsad.Core.Language;

/// <summary>The pronoun a word may carry at its end (at most one).</summary>
public enum Enclitic
{
    /// <summary>No enclitic pronoun.</summary>
    None,

    /// <summary>ه, "him, his".</summary>
    Hu,

    /// <summary>ها, "her, its".</summary>
    Ha,

    /// <summary>هم, "them, their" (masculine).</summary>
    Hum,

    /// <summary>هما, "the two of them".</summary>
    Huma,

    /// <summary>هن, "them, their" (feminine).</summary>
    Hunna,

    /// <summary>ك, "you, your" (singular).</summary>
    Ka,

    /// <summary>كم, "you, your" (plural).</summary>
    Kum,

    /// <summary>كن, "you, your" (feminine plural).</summary>
    Kunna,

    /// <summary>نا, "us, our".</summary>
    Na,

    /// <summary>ي, "my" (not split off by <see cref="CliticSegmenter"/>, which reads a final ي as the nisba suffix).</summary>
    Ya,

    /// <summary>ني, "me" (after a verb).</summary>
    Ni,
}
