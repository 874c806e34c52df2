namespace Marsad.Bench;

/// <summary>Locates the repository and the events gold set for the event harnesses.</summary>
internal static class EventGoldFile
{
    /// <summary>The nearest folder above the working directory or the binaries that holds <c>Marsad.sln</c>.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        return Directory.GetCurrentDirectory();
    }

    /// <summary>The path of <c>eval/events-gold/gold.tsv</c>.</summary>
    public static string GoldPath() => Path.Combine(RepositoryRoot(), "eval", "events-gold", "gold.tsv");
}
