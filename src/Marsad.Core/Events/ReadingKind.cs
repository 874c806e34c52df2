namespace Marsad.Core.Events;

/// <summary>How a reading of a word was obtained, which limits what it may match.</summary>
internal enum ReadingKind
{
    /// <summary>The word as written, or without a conjunction or preposition: any form may match.</summary>
    Plain,

    /// <summary>The article ال was removed: the word is a noun, whatever form it matches.</summary>
    Definite,

    /// <summary>A final ه was taken for the pronoun "him/it"; since ة is normalized to ه, a short stem is more likely a noun (وزارة ≠ و+زار+ه).</summary>
    Heh,

    /// <summary>A final ا was taken for the accusative tanwin (تحقيقا، هجوما): only noun forms may match.</summary>
    Tanwin,

    /// <summary>The preposition ب or ك was removed: a preposition never stands before a finite verb, so no present or future form
    /// may match (باحث "a researcher" is no بـ + أحث "I urge"; evrand28).</summary>
    Preposed,
}
