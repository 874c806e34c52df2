using System.Globalization;

namespace Marsad.KnowledgeBase.Builder;

/// <summary>Reads mledoze-countries (names, capitals, centroids) and umpirsky-country-list (more Arabic names).</summary>
internal static class CountrySource
{
    public static IReadOnlyList<SourceCountry> Read(string dataRoot)
    {
        var mledoze = Path.Combine(dataRoot, "mledoze-countries", "countries_ar.tsv");
        var umpirsky = Path.Combine(dataRoot, "umpirsky-country-list", "country_ar.csv");
        var extraNames = ReadUmpirsky(umpirsky);
        var result = new List<SourceCountry>();
        var lines = File.ReadAllLines(mledoze);
        for (var i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split('\t');
            if (f.Length < 12)
            {
                throw new InvalidDataException($"{mledoze}:{i + 1}: expected 15 tab-separated fields, found {f.Length}");
            }
            var names = new List<string>();
            AddName(names, f[5]);
            AddName(names, f[6]);
            if (extraNames.TryGetValue(f[0], out var extra))
            {
                AddName(names, extra);
            }
            result.Add(new SourceCountry(f[1], f[0], f[3], f[7], ParseCoordinate(f[10]), ParseCoordinate(f[11]), names));
        }
        return result;
    }

    private static Dictionary<string, string> ReadUmpirsky(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                map[line[..comma]] = line[(comma + 1)..].Trim('"');
            }
        }
        return map;
    }

    private static void AddName(List<string> names, string name)
    {
        name = name.Trim();
        if (name.Length > 1 && !names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }

    private static double? ParseCoordinate(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? Math.Round(v, 2) : null;
}
