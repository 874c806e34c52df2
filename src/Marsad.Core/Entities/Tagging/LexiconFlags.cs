namespace Marsad.Core.Entities.Tagging;

/// <summary>What the training-time word lists said about a word; stored in the model.</summary>
[Flags]
internal enum LexiconFlags : byte
{
    None = 0,

    /// <summary>A one-word person name list entry.</summary>
    Person = 1,

    /// <summary>A one-word place list entry.</summary>
    Location = 2,

    /// <summary>A one-word organization list entry.</summary>
    Organization = 4,

    /// <summary>A title or role word that announces a person (الرئيس، الشيخ).</summary>
    Title = 8,

    /// <summary>A word of a multi-word person name entry.</summary>
    PersonPart = 16,

    /// <summary>A word of a multi-word place entry.</summary>
    LocationPart = 32,

    /// <summary>A word of a multi-word organization entry.</summary>
    OrganizationPart = 64,
}
