namespace Marsad.Core.Events;

/// <summary>What a lexicon form is, grammatically: the finder reads modality from it.</summary>
public enum WordForm
{
    /// <summary>A past (perfect) verb form, active or passive.</summary>
    Past,

    /// <summary>A present (imperfect) verb form, active or passive.</summary>
    Present,

    /// <summary>A present form with the future prefix سـ.</summary>
    Future,

    /// <summary>A verbal noun (masdar) or other noun, singular or plural.</summary>
    Noun,

    /// <summary>A form listed as is: a particle or an irregular word.</summary>
    Word,
}
