namespace Marsad.KnowledgeBase.Builder;

/// <summary>
/// Reads the words of people's names from ANERGazet_Pers (one name a line). Words of one or
/// two letters are left out: they are particles far more often than names.
/// </summary>
internal static class NameWordSource
{
    public static IReadOnlyList<string> Read(string dataRoot)
    {
        var path = Path.Combine(dataRoot, "anercorp", "ANERGazet_Pers.txt");
        return File.ReadLines(path)
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(word => word.Length > 2)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
