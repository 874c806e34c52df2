using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("وصل الوفد. بدأت المحادثات.", "وصل الوفد.|بدأت المحادثات.")]                         // full stop
    [InlineData("هل انتهت الحرب؟ لا أحد يعرف!", "هل انتهت الحرب؟|لا أحد يعرف!")]                    // Arabic question mark and exclamation
    [InlineData("قال: «انتهى الأمر. سنعود» ثم غادر.", "قال: «انتهى الأمر. سنعود» ثم غادر.")]         // a point inside quotes
    [InlineData("قال: «انتهى الأمر.» ثم غادر.", "قال: «انتهى الأمر.»|ثم غادر.")]                    // a quote ending its sentence keeps its closing mark
    [InlineData("التقى د. أحمد بالوزير.", "التقى د. أحمد بالوزير.")]                                // abbreviation of a title
    [InlineData("نقلت أ.ف.ب الخبر.", "نقلت أ.ف.ب الخبر.")]                                          // agency initials
    [InlineData("met Mr. Smith today.", "met Mr. Smith today.")]                                     // Latin abbreviation
    [InlineData("أطلق المسلحون قذيفة آر.بي.جي على الحاجز.", "أطلق المسلحون قذيفة آر.بي.جي على الحاجز.")]   // letters of an abbreviation (evup19)
    [InlineData("قالت شبكة سي.ان.ان إن الوفد وصل.", "قالت شبكة سي.ان.ان إن الوفد وصل.")]              // a channel's initials
    [InlineData("فاز الفريق بلقب GTA.كما تابع السائق.", "فاز الفريق بلقب GTA.|كما تابع السائق.")]        // Latin then Arabic: a space left out
    [InlineData("اهتم المركز بالشباب بشكل خاص.وفي الغد معرض.", "اهتم المركز بالشباب بشكل خاص.|وفي الغد معرض.")] // و opens a sentence
    [InlineData("بلغ النمو 3.5 في المئة.", "بلغ النمو 3.5 في المئة.")]                               // decimal number
    [InlineData("الرياض - واس - أعلنت الوزارة.", "الرياض - واس - أعلنت الوزارة.")]                  // dateline
    [InlineData("عنوان الخبر\nنص الخبر.", "عنوان الخبر|نص الخبر.")]                                 // line break
    [InlineData("1. البند الأول\n2. البند الثاني", "1. البند الأول|2. البند الثاني")]                // numbered list items
    [InlineData("وقع الاتفاق عام 2015. ثم ألغي.", "وقع الاتفاق عام 2015.|ثم ألغي.")]                // a year ends its sentence
    public void Should_split_where_sentences_end(string text, string expected)
    {
        // Given a text; When it is analyzed
        var analyzed = ArabicAnalyzer.Default.Analyze(text);

        // Then its sentences are those expected
        string.Join('|', analyzed.Sentences.Select(s => text[s.Start..s.End])).Should().Be(expected);
    }

    [Fact]
    public void Should_cover_every_token_exactly_once()
    {
        // Given a text of several sentences
        var analyzed = ArabicAnalyzer.Default.Analyze("أولاً. ثانياً؟ «ثالثاً!» رابعاً\nخامساً");

        // When its sentences are read
        var covered = analyzed.Sentences.SelectMany(s => Enumerable.Range(s.FirstToken, s.TokenCount));

        // Then each token belongs to one sentence, in order
        covered.Should().Equal(Enumerable.Range(0, analyzed.Tokens.Count));
    }
}
