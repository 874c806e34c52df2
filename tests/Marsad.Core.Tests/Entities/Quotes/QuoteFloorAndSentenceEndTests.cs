using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>
/// A speaker who takes the floor with a verb that is not one of saying (أعرب X عن …، عبر X عن …، ألقى X كلمة، ويتفق X
/// مع …) before وقال / وأضاف, a quotation whose own sentence end stands inside its closing mark, and reported speech that
/// stops at a second attribution verb (session 26, qt30).
/// </summary>
public sealed class QuoteFloorAndSentenceEndTests
{
    private static Quote Only(string text, string quoted) => QuoteFinder.Find(text).Single(q => q.Text == quoted);

    [Fact]
    public void Should_continue_the_speaker_who_expressed_something_before_wa_qala()
    {
        // Given a first speaker, then أعرب X عن … and a continuation with no subject
        var text = "قال المدرب سامي الحربي: «الفريق جاهز للمباراة». وأعرب رئيس النادي خالد العمري عن سعادته بالفوز، وقال: «نشكر الجماهير على وقفتها معنا طوال الموسم».";

        Only(text, "نشكر الجماهير على وقفتها معنا طوال الموسم").SpeakerText.Should().Be("رئيس النادي خالد العمري");
    }

    [Fact]
    public void Should_take_the_speaker_of_abbara_an_across_an_apposition()
    {
        // Given عبر X، who he is، عن …
        var text = "قال الوزير: «سنبدأ العمل غدا». وعبر ناصر الحربي، مستشار الوزير، عن رأيه بطريقة أخرى، إذ قال: «المهم أن نبدأ بالمدارس قبل الطرق».";

        Only(text, "المهم أن نبدأ بالمدارس قبل الطرق").SpeakerText.Should().Be("ناصر الحربي");
    }

    [Fact]
    public void Should_not_read_abbara_through_as_a_speaker()
    {
        // Given عبر "through" before a speaking word, with no عن after it: the continuation keeps the earlier speaker
        var text = "قال المدير سامي الحربي إن الشركة ستفتح فرعا جديدا. وتواصلت الشركة مع الصحفيين عبر بيان نشرته على موقعها، وأضاف أن الفرع سيوظف مئة شاب.";

        Only(text, "الفرع سيوظف مئة شاب").SpeakerText.Should().Be("المدير سامي الحربي");
    }

    [Fact]
    public void Should_continue_the_speaker_who_delivered_a_speech()
    {
        // Given ألقى X كلمة … أوضح فيها أن
        var text = "ثم ألقى مدير المهرجان فهد السالم كلمة رحب فيها بالضيوف، أوضح فيها أن المهرجان يستقبل الزوار طوال أيام العيد.";

        Only(text, "المهرجان يستقبل الزوار طوال أيام العيد").SpeakerText.Should().Be("مدير المهرجان فهد السالم");
    }

    [Fact]
    public void Should_not_read_an_arrest_as_a_speech()
    {
        // Given ألقت الشرطة القبض على …: no speech was delivered, so the continuation keeps the earlier speaker
        var text = "قال المتحدث باسم الشرطة سامي الحربي إن التحقيق مستمر. وألقت الشرطة المحلية القبض على ثلاثة أشخاص، وأكد أن المتهمين اعترفوا بالسرقة.";

        Only(text, "المتهمين اعترفوا بالسرقة").SpeakerText.Should().Be("المتحدث باسم الشرطة سامي الحربي");
    }

    [Fact]
    public void Should_continue_the_speaker_who_agrees_before_yara()
    {
        // Given ويتفق X مع … ويرى أن
        var text = "يرى الخبير سامي الحربي أن الأسعار سترتفع. ويتفق المحلل الاقتصادي خالد العمري مع هذا الرأي، ويرى أن الطلب سيزيد في الصيف المقبل.";

        Only(text, "الطلب سيزيد في الصيف المقبل").SpeakerText.Should().Be("المحلل الاقتصادي خالد العمري");
    }

    [Fact]
    public void Should_take_the_speaker_of_a_quotation_that_ends_its_sentence_inside_the_mark()
    {
        // Given وأضاف “….” and more words after the closing mark: the period inside ends the clause
        var text = "وقال المدرب سامي الحربي إن الفريق جاهز. وأضاف “اللاعبون تدربوا جيدا طوال الأسبوع الماضي.” ومضى قائلا “سنلعب للفوز فقط.”";

        Only(text, "اللاعبون تدربوا جيدا طوال الأسبوع الماضي.").SpeakerText.Should().Be("المدرب سامي الحربي");
        Only(text, "سنلعب للفوز فقط.").SpeakerText.Should().Be("المدرب سامي الحربي");
    }

    [Fact]
    public void Should_still_not_take_a_speaker_for_a_quoted_name_followed_by_its_clause()
    {
        // Given a quoted name of three words with no sentence end inside it, inside the verb's clause
        var text = "أعلن تنظيم «جيش الفتح الجديد» سيطرته على القرية بعد معارك استمرت يومين.";

        QuoteFinder.Find(text).Should().NotContain(q => q.Text == "جيش الفتح الجديد" && q.SpeakerText != null);
    }

    [Fact]
    public void Should_give_a_reported_clause_once_when_a_second_verb_introduces_it()
    {
        // Given وأكد X + object, then وقال إن …: the clause is the second verb's, not read through it for the first too
        var text = "وأكد وزير الرياضة خالد العمري اكتمال الاستعدادات، وقال إن البطولة ستبدأ في موعدها المحدد.";

        QuoteFinder.Find(text).Should().ContainSingle(q => q.Text == "البطولة ستبدأ في موعدها المحدد");
    }
}
