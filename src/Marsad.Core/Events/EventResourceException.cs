namespace Marsad.Core.Events;

/// <summary>A malformed line in one of the event resource files (code tables, lexicons, gold set).</summary>
public sealed class EventResourceException : FormatException
{
    /// <summary>Creates the exception for <paramref name="file"/> at 1-based <paramref name="line"/>.</summary>
    public EventResourceException(string file, int line, string message)
        : base($"{file}:{line}: {message}")
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the exception without a location.</summary>
    public EventResourceException() : this("?", 0, "malformed event resource") { }

    /// <summary>Creates the exception with a message and no location.</summary>
    public EventResourceException(string message) : this("?", 0, message) { }

    /// <summary>Creates the exception wrapping another.</summary>
    public EventResourceException(string message, Exception inner) : base(message, inner)
    {
        File = "?";
    }

    /// <summary>The resource file name.</summary>
    public string File { get; } = "?";

    /// <summary>The 1-based line number; 0 when unknown.</summary>
    public int Line { get; }
}
