namespace Marsad.Cli.Tests.Verbs;

/// <summary>A fresh folder under the system temp folder, deleted at dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("marsad-cli-").FullName;

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
