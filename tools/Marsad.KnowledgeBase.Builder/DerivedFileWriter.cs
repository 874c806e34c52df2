using System.Globalization;

namespace Marsad.KnowledgeBase.Builder;

/// <summary>Writes the derived files in the format docs/knowledge-base.md describes.</summary>
internal static class DerivedFileWriter
{
    public static void WriteCountries(string path, IReadOnlyList<SourceCountry> countries)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# Derived by tools/Marsad.KnowledgeBase.Builder from mledoze-countries and umpirsky-country-list: do not edit by hand.");
        w.WriteLine("# iso3\tiso2\tname_en\tlat\tlon\tcapital_en\tnames_ar (| separated)");
        foreach (var c in countries.OrderBy(c => c.Iso3, StringComparer.Ordinal))
        {
            w.WriteLine(string.Join('\t', c.Iso3, c.Iso2, c.NameEn, Format(c.Latitude), Format(c.Longitude), c.CapitalEn, string.Join('|', c.NamesAr)));
        }
    }

    public static void WriteCities(string path, IReadOnlyList<SourceCity> cities)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# Derived by tools/Marsad.KnowledgeBase.Builder from world-cities-ar: do not edit by hand.");
        w.WriteLine("# name_en\tiso3\tpopulation\tcapital (1|0)\tnames_ar (| separated)");
        foreach (var c in cities.OrderBy(c => c.Iso3, StringComparer.Ordinal).ThenByDescending(c => c.Population))
        {
            w.WriteLine(string.Join('\t', c.NameEn, c.Iso3, c.Population.ToString(CultureInfo.InvariantCulture), c.IsCapital ? "1" : "0", string.Join('|', c.NamesAr)));
        }
    }

    private static string Format(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static void WriteNameWords(string path, IReadOnlyList<string> words)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# Derived by tools/Marsad.KnowledgeBase.Builder from the ANERGazet person gazetteer: do not edit by hand.");
        w.WriteLine("# One word of people's names a line (given and family names).");
        foreach (var word in words)
        {
            w.WriteLine(word);
        }
    }
}
