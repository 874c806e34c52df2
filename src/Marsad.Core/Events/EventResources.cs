namespace Marsad.Core.Events;

/// <summary>Opens the embedded event resources by their file name.</summary>
internal static class EventResources
{
    /// <summary>The prefix of every embedded event resource.</summary>
    public const string Prefix = "Marsad.Core.Resources/Events/";

    /// <summary>Opens <paramref name="fileName"/> under <c>Resources/Events</c>.</summary>
    public static StreamReader Open(string fileName)
    {
        var stream = typeof(EventResources).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"embedded resource {Prefix}{fileName} is missing from Marsad.Core");
        return new StreamReader(stream);
    }

    /// <summary>
    /// The data lines of a resource: blank lines and <c>#</c> comments skipped, each with its
    /// 1-based line number and its tab-separated fields.
    /// </summary>
    public static IEnumerable<(int Line, string[] Fields)> DataLines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return (number, line.Split('\t'));
        }
    }
}
