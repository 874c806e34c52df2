using Xunit;

namespace Marsad.Testing;

/// <summary>
/// Locates the repository and the public corpora in <c>../shared/data</c> beside it.
/// Tests that need a corpus are <c>[SkippableFact]</c> or <c>[SkippableTheory]</c> and call
/// <see cref="PathOrSkip"/>, which skips them with a clear message where the folder is
/// absent (it is present in CI).
/// </summary>
public static class SharedData
{
    /// <summary>The repository root: the nearest folder above the test binaries holding <c>Marsad.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary><c>../shared/data</c> beside the repository, or <c>$MARSAD_SHARED/data</c> when set.</summary>
    public static string DataRoot { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } shared
            ? shared
            : Path.Combine(RepositoryRoot, "..", "shared"),
        "data");

    /// <summary>The full path of <paramref name="relative"/> under the data root, or null when absent.</summary>
    public static string? TryPath(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(DataRoot, relative));
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>The full path of <paramref name="relative"/>; skips the calling test when it is absent.</summary>
    public static string PathOrSkip(string relative)
    {
        var path = TryPath(relative);
        Skip.If(path is null, $"{Path.GetFullPath(Path.Combine(DataRoot, relative))} is absent: ../shared/data is not beside this checkout");
        return path!;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
