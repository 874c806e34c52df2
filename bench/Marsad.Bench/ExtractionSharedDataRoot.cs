namespace Marsad.Bench;

/// <summary>The shared corpora folder: <c>$MARSAD_SHARED/data</c>, else <c>../shared/data</c> beside the repository.</summary>
public static class ExtractionSharedDataRoot
{
    /// <summary>The folder's path.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } shared)
        {
            return System.IO.Path.Combine(shared, "data");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Marsad.sln")))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
            }
        }
        return System.IO.Path.Combine("..", "shared", "data");
    }
}
