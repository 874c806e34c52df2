using System.Globalization;

namespace Marsad.KnowledgeBase.Builder;

/// <summary>
/// Reads world-cities-ar and joins each city to a state by the state's English or Arabic name.
/// Small places are left out: their Arabic names are too often ordinary words; except the towns of
/// small-towns.tsv (checked in SaudiNewsNet). States that world-cities-ar names otherwise are joined
/// through country-aliases.tsv (its "Palestinian Territory Occupied" is Palestine).
/// </summary>
internal static class CitySource
{
    private const long MinimumPopulation = 150_000;
    private static readonly string[] AdministrativePrefixes = ["ولاية ", "منطقة ", "محافظة ", "مدينة ", "إقليم "];

    public static IReadOnlyList<SourceCity> Read(string dataRoot, IReadOnlyList<SourceCountry> countries)
    {
        var path = Path.Combine(dataRoot, "world-cities-ar", "world-cities.csv");
        var byName = new Dictionary<string, SourceCountry>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in countries)
        {
            byName.TryAdd(c.NameEn, c);
            foreach (var ar in c.NamesAr)
            {
                byName.TryAdd(ar, c);
            }
        }
        var byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        foreach (var (alias, iso3) in ReadTable("country-aliases.tsv", 2))
        {
            byName.TryAdd(alias, byIso3.TryGetValue(iso3, out var aliased) ? aliased
                : throw new InvalidDataException($"country-aliases.tsv: unknown state {iso3}"));
        }
        var smallTowns = ReadTable("small-towns.tsv", 1).Select(row => row.Key).ToHashSet(StringComparer.Ordinal);
        var result = new List<SourceCity>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                continue;
            }
            var f = SplitCsv(line);
            if (f.Count != 5)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 5 comma-separated fields, found {f.Count}");
            }
            if (!long.TryParse(f[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population))
            {
                continue;
            }
            if (!byName.TryGetValue(f[1], out var country) && !byName.TryGetValue(f[0], out country))
            {
                continue;
            }
            var names = new List<string> { f[2].Trim() };
            foreach (var prefix in AdministrativePrefixes)
            {
                if (f[2].StartsWith(prefix, StringComparison.Ordinal))
                {
                    names.Add(f[2][prefix.Length..].Trim());
                }
            }
            if (population < MinimumPopulation && !names.Exists(smallTowns.Contains))
            {
                continue;
            }
            var isCapital = string.Equals(country.CapitalEn, f[3], StringComparison.OrdinalIgnoreCase);
            result.Add(new SourceCity(f[3].Trim(), country.Iso3, population, isCapital, names));
        }
        return result;
    }

    /// <summary>A tab-separated table of this tool's folder: first field the key, second (if asked) the value.</summary>
    private static IEnumerable<(string Key, string Value)> ReadTable(string file, int fields)
    {
        var path = Path.Combine(AppContext.BaseDirectory, file);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var parts = line.Split('\t');
            if (parts.Length < fields)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected {fields} tab-separated fields");
            }
            yield return (parts[0].Trim(), fields > 1 ? parts[1].Trim() : "");
        }
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line.TrimStart('\uFEFF'))
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }
        fields.Add(current.ToString());
        return fields;
    }
}
