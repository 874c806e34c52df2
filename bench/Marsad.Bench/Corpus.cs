namespace Marsad.Bench;

/// <summary>Where the public corpora are: <c>../shared/data</c> beside the repository, or <c>$MARSAD_SHARED/data</c>.</summary>
public static class Corpus
{
    /// <summary>The data folder.</summary>
    public static string DataRoot { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } shared)
        {
            return Path.Combine(shared, "data");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            }
        }
        return Path.GetFullPath(Path.Combine("..", "shared", "data"));
    }
}
