namespace Marsad.Core.Extraction.Text;

/// <summary>The kinds of boilerplate line a phrase can mark.</summary>
internal enum BoilerplateKind
{
    /// <summary>Copyright and rights lines.</summary>
    Copyright,

    /// <summary>"Go to top" buttons.</summary>
    Top,

    /// <summary>Comment counts and comment forms.</summary>
    Comments,

    /// <summary>Headers of related, latest or most-read article lists.</summary>
    Related,

    /// <summary>Sharing and follow buttons, printing.</summary>
    Share,

    /// <summary>Site menus and service links.</summary>
    Menu,
}
