namespace Marsad.Storage.Tests.Sqlite;

/// <summary>A fresh folder under the system temp folder, deleted at dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("marsad-store-").FullName;

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
