using System.Text;

namespace Marsad.Cli.Tests.Verbs;

/// <summary>
/// Writes made-up Arabic news pages as crawl text files (title line, then the text),
/// varied by a seed so each number gives its own page.
/// </summary>
internal static class ArabicNews
{
    private static readonly string[] Actors = ["وزير الخارجية", "رئيس الوزراء", "المتحدث باسم الحكومة", "أمين عام الجامعة العربية", "قائد الجيش", "محافظ البنك المركزي"];
    private static readonly string[] Deeds = ["التقى", "استقبل", "انتقد", "بحث مع", "اتصل هاتفيا بـ", "دعا"];
    private static readonly string[] Partners = ["نظيره التركي", "السفير الأمريكي", "وفدا من الاتحاد الأوروبي", "ممثلي المعارضة", "رئيس البرلمان", "المبعوث الأممي"];
    private static readonly string[] Places = ["الرياض", "القاهرة", "عمّان", "بيروت", "الدوحة", "تونس"];
    private static readonly string[] Days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "السبت"];
    private static readonly string[] Topics = ["الأوضاع الإقليمية", "التعاون الاقتصادي", "ملف اللاجئين", "أسعار النفط", "الأمن على الحدود", "إعادة الإعمار"];

    /// <summary>The title line and text of page <paramref name="n"/>.</summary>
    public static string Page(int n)
    {
        var random = new Random(n);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var text = new StringBuilder();
        text.Append(Pick(Actors)).Append(' ').Append(Pick(Partners)).Append(" في ").Append(Pick(Places)).Append('\n');
        for (var s = 0; s < 4 + random.Next(4); s++)
        {
            text.Append(Pick(Deeds)).Append(' ').Append(Pick(Actors)).Append(' ').Append(Pick(Partners))
                .Append(" في ").Append(Pick(Places)).Append(" يوم ").Append(Pick(Days))
                .Append(" لبحث ").Append(Pick(Topics)).Append("، وذلك في اللقاء رقم ").Append(n).Append(" بينهما هذا العام.\n");
        }
        return text.ToString();
    }

    /// <summary>Writes pages 1..<paramref name="count"/> as <c>NNNN.txt</c> into <paramref name="folder"/>, and returns the folder.</summary>
    public static string WriteFolder(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var n = 1; n <= count; n++)
        {
            File.WriteAllText(Path.Combine(folder, $"{n:D4}.txt"), Page(n));
        }
        return folder;
    }
}
