using System.Text;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads every input the contract names (files, folders recursively, <c>-</c> for
/// stdin) and yields one <see cref="ReadResult"/> per page or per broken record.
/// </summary>
public sealed class InputReader(ReadOptions options)
{
    /// <summary>Reads the given paths in order; folders are walked recursively in ordinal order.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return ReadFile(file);
                }
            }
            else
            {
                yield return ReadFile(path);
            }
        }
    }

    private ReadResult ReadFile(string path)
    {
        string content;
        try
        {
            content = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path, Encoding.UTF8);
        }
        catch (IOException e)
        {
            return ReadResult.Fail(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return ReadResult.Fail(path, e.Message);
        }
        var isHtml = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        return ReadResult.Ok(new RawPage
        {
            Origin = path,
            Content = content,
            Kind = isHtml ? ContentKind.Html : ContentKind.Text,
            Url = options.Url,
            Source = options.Source,
            Date = options.Date,
            IsArticle = options.AsArticle,
        });
    }
}
