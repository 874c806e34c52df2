namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The title and role words the trainer flags in the model's lexicon. They live in
/// <c>Resources/Models/ner-titles.txt</c>: one word a line, <c>#</c> starts a comment.
/// </summary>
public static class NerTitles
{
    private const string ResourceName = "Marsad.Core.Resources/Models/ner-titles.txt";
    private static readonly Lazy<IReadOnlyList<string>> LazyEmbedded = new(LoadEmbedded);

    /// <summary>The embedded title words.</summary>
    public static IReadOnlyList<string> Embedded => LazyEmbedded.Value;

    /// <summary>The words of a list file: one entry a line, blank lines and <c>#</c> comments skipped.</summary>
    public static IReadOnlyList<string> ReadList(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0 && !entry.StartsWith("===", StringComparison.Ordinal))
            {
                words.Add(entry);
            }
        }
        return words;
    }

    private static IReadOnlyList<string> LoadEmbedded()
    {
        using var stream = typeof(NerTitles).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return ReadList(reader);
    }
}
