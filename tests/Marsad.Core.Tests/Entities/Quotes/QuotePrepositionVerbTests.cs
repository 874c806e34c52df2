using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>
/// A speaker who takes the floor with a verb whose object follows after a preposition (دافع X عن …، اعترف X بأن …، أقر X
/// بأن …) before قائلا / وقال / وأضاف (session 27, qt34).
/// </summary>
public sealed class QuotePrepositionVerbTests
{
    private static Quote Only(string text, string quoted) => QuoteFinder.Find(text).Single(q => q.Text == quoted);

    [Fact]
    public void Should_continue_the_speaker_who_defended_something()
    {
        var text = "قال المدرب سامي الحربي: «الفريق جاهز للمباراة». ودافع رئيس النادي خالد العمري عن قرار الإدارة، وقال: «نحن نثق بالجهاز الفني حتى نهاية الموسم».";

        Only(text, "نحن نثق بالجهاز الفني حتى نهاية الموسم").SpeakerText.Should().Be("رئيس النادي خالد العمري");
    }

    [Fact]
    public void Should_read_the_subject_of_dafaa_an_as_the_speaker_of_a_relative_clause()
    {
        // Given دافعت X عن Y الذي تقول إن …: X, not the earlier speaker, says it
        var text = "وقال المدير سامي الحربي: «نعمل بلا توقف».\nودافعت الوزارة عن القرار الذي تقول إنه صائب.";

        Only(text, "إنه صائب").SpeakerText.Should().Be("الوزارة");
    }

    [Fact]
    public void Should_continue_the_speaker_who_admitted_something()
    {
        var text = "قال المحلل سامي الحربي إن السوق هادئة. واعترف مدير الشركة ناصر العتيبي بأن المبيعات تراجعت، لكنه أضاف أن الربع القادم سيكون أفضل.";

        Only(text, "الربع القادم سيكون أفضل").SpeakerText.Should().Be("مدير الشركة ناصر العتيبي");
    }
}
