using System.Reflection;

namespace Marsad.Core.Entities.Knowledge;

/// <summary>
/// Where the knowledge base's files come from: the copies embedded in Marsad.Core, each
/// replaced by a file of the same name in an optional folder (how users extend it).
/// </summary>
internal sealed class KnowledgeSource(string? overrideDirectory)
{
    private const string ResourcePrefix = "Marsad.Core.Resources/KnowledgeBase/";

    public TextReader Open(string file)
    {
        if (overrideDirectory is not null)
        {
            var path = Path.Combine(overrideDirectory, file);
            if (File.Exists(path))
            {
                return new StreamReader(path, System.Text.Encoding.UTF8);
            }
        }
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new KnowledgeBaseException(file, 0, "the built-in knowledge-base file is missing from the assembly");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
