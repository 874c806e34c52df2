using System.Text;

namespace Marsad.Bench;

/// <summary>Reads the RFC 4180 CSV files of arabic-event-gsr: quoted fields may hold commas, doubled quotes and newlines.</summary>
internal static class EventEvalCsv
{
    /// <summary>The rows of <paramref name="path"/>, header first.</summary>
    public static IEnumerable<List<string>> Read(string path)
    {
        var text = File.ReadAllText(path);
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = c != '"';
                    if (quoted)
                    {
                        field.Append(c);
                    }
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                if (c == '\n')
                {
                    yield return row;
                    row = [];
                }
            }
            else
            {
                field.Append(c);
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
