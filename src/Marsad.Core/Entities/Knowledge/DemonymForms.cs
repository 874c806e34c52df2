namespace Marsad.Core.Entities.Knowledge;

/// <summary>
/// Generates the written forms of a nisba adjective from its masculine singular:
/// <list type="bullet">
/// <item>definite and indefinite: روسي، الروسي;</item>
/// <item>feminine with teh marbuta: روسية، الروسية;</item>
/// <item>sound masculine plural, nominative and oblique: روسيون، روسيين;</item>
/// <item>masculine and feminine dual: روسيان، روسيتان، روسيتين;</item>
/// <item>in a nisba of several words (كوري جنوبي) every word takes the article and the ending.</item>
/// </list>
/// Broken plurals (الروس، الأتراك) cannot be derived: the file lists them.
/// </summary>
internal static class DemonymForms
{
    private static readonly string[] Endings = ["", "ة", "ون", "ين", "ان", "تان", "تين"];

    public static IReadOnlyList<string> Expand(IReadOnlyList<string> nisbas, IReadOnlyList<string> plurals)
    {
        var forms = new List<string>();
        foreach (var nisba in nisbas)
        {
            var words = nisba.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var ending in Endings)
            {
                forms.Add(string.Join(' ', words.Select(w => w + ending)));
                forms.Add(string.Join(' ', words.Select(w => "ال" + w + ending)));
            }
        }
        foreach (var plural in plurals)
        {
            forms.Add(plural);
            forms.Add(string.Join(' ', plural.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "ال" + w)));
        }
        return forms;
    }
}
