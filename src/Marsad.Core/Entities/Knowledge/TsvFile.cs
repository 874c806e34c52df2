namespace Marsad.Core.Entities.Knowledge;

/// <summary>
/// Reads the knowledge base's tab-separated files: UTF-8, one record a line, fields
/// separated by tabs, lists inside a field by <c>|</c>; blank lines and lines starting
/// with <c>#</c> are skipped.
/// </summary>
internal static class TsvFile
{
    public static IEnumerable<TsvRow> Read(string file, TextReader reader, int minimumFields)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < minimumFields)
            {
                throw new KnowledgeBaseException(file, lineNumber, $"expected at least {minimumFields} tab-separated fields, found {fields.Length}");
            }
            yield return new TsvRow(file, lineNumber, fields);
        }
    }
}
