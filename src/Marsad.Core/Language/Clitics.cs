namespace Marsad.Core.Language;

/// <summary>The normalized written forms of proclitics and enclitics, as shared strings.</summary>
public static class Clitics
{
    private static readonly string[] EncliticTexts = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "نا", "ي", "ني"];
    private static readonly string[][] EncliticLists = [.. EncliticTexts.Select((t, i) => i == 0 ? [] : new[] { t })];
    private static readonly string[][] ProcliticLists = [.. Enumerable.Range(0, 128).Select(f => BuildList((Proclitics)f))];

    /// <summary>The written form of <paramref name="enclitic"/> (empty for none).</summary>
    public static string TextOf(Enclitic enclitic) => EncliticTexts[(int)enclitic];

    /// <summary>The enclitic as a list of zero or one string (one shared array per value).</summary>
    public static IReadOnlyList<string> ListOf(Enclitic enclitic) => EncliticLists[(int)enclitic];

    /// <summary>The proclitics as strings in reading order, "ال" included (one shared array per combination).</summary>
    public static IReadOnlyList<string> ListOf(Proclitics proclitics) => ProcliticLists[(int)proclitics & 127];

    private static string[] BuildList(Proclitics p)
    {
        var list = new List<string>(4);
        (Proclitics Flag, string Text)[] order =
            [(Proclitics.Wa, "و"), (Proclitics.Fa, "ف"), (Proclitics.Bi, "ب"), (Proclitics.Ka, "ك"), (Proclitics.Li, "ل"), (Proclitics.Sa, "س"), (Proclitics.Al, "ال")];
        foreach (var (flag, text) in order)
        {
            if (p.HasFlag(flag))
            {
                list.Add(text);
            }
        }
        return [.. list];
    }
}
