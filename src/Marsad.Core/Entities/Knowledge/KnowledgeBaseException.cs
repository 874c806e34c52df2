namespace Marsad.Core.Entities.Knowledge;

/// <summary>A resource file of the knowledge base is malformed; the message names the file and line.</summary>
public sealed class KnowledgeBaseException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="line"/>.</summary>
    public KnowledgeBaseException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public KnowledgeBaseException(string message)
        : base(message)
    {
        File = "";
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public KnowledgeBaseException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
    }

    /// <summary>Creates the exception with no detail.</summary>
    public KnowledgeBaseException()
    {
        File = "";
    }

    /// <summary>The resource file's name (e.g. <c>roles.tsv</c>).</summary>
    public string File { get; }

    /// <summary>The 1-based line number; 0 when the problem is not on one line.</summary>
    public int Line { get; }
}
