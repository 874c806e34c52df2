using System.Globalization;

namespace Marsad.KnowledgeBase.Builder;

/// <summary>
/// Reads world-cities-ar and joins each city to a state by the state's English or Arabic name.
/// Small places are left out: their Arabic names are too often ordinary words.
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
            if (!long.TryParse(f[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population) || population < MinimumPopulation)
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
            var isCapital = string.Equals(country.CapitalEn, f[3], StringComparison.OrdinalIgnoreCase);
            result.Add(new SourceCity(f[3].Trim(), country.Iso3, population, isCapital, names));
        }
        return result;
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
