using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;
using Marsad.Core.Entities.Matching;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>
/// A definite singular nisba after a title or kunya and a given name (الأستاذ محمد المصري، أبو قتادة العراقي) is a family name,
/// not the state; after a title, a function word, a noun with the article or a given name that may be a verb it stays the state
/// (evreal18). Sentences written for these tests.
/// </summary>
public sealed class FamilyNisbaTests
{
    private static readonly DateOnly Date = new(2015, 8, 1);

    private static IReadOnlyList<EntityMention> Recognize(string text) =>
        EntityRecognizer.KnowledgeBaseOnly.Recognize(text, GazetteerTokenizer.Tokenize(text), Date, []);

    [Theory]
    [InlineData("وألقى الأستاذ محمد المصري محاضرة عن الطاقة الشمسية في الجامعة.", "EGY")]
    [InlineData("وفاز المهندس خالد التونسي بالجائزة الأولى في المسابقة.", "TUN")]
    [InlineData("ونفذ أبو عمر العراقي الهجوم على المعسكر.", "IRQ")]
    // a kunya in the accusative, and a kunya's name the knowledge base does not list
    [InlineData("واستهدفت الغارة أبا حمزة الليبي قرب الحدود.", "LBY")]
    [InlineData("وقتل أبو دجانة التونسي في معارك الأسبوع الماضي.", "TUN")]
    // a patronymic before the given name: بن, ابن or بنت
    [InlineData("وتسلمت الطالبة نورة بنت خالد المصري جائزة التفوق.", "EGY")]
    [InlineData("وحضر الحفل الشيخ سالم ابن محمد العماني.", "OMN")]
    public void Should_read_the_nisba_after_a_given_name_as_a_family_name(string text, string country) =>
        Recognize(text).Should().NotContain(m => m.Country == country);

    [Theory]
    // a title before the nisba
    [InlineData("وقال الرئيس المصري إن بلاده تدعم الحل السياسي.", "EGY")]
    // a function word (على normalizes as the name علي)
    [InlineData("وحكمت المحكمة على الأسترالي بالسجن ثلاث سنوات.", "AUS")]
    // a noun with the article
    [InlineData("ورحب الشعب التونسي بنتائج الانتخابات.", "TUN")]
    // a given name that is also a verb, the nisba its subject
    [InlineData("فيما حافظ الصربي على لقبه في البطولة.", "SRB")]
    // a plural demonym, the genitive of a noun
    [InlineData("وعثرت الشرطة على جوازات سفر التشيكيين في السيارة.", "CZE")]
    public void Should_keep_the_state_after_a_title_a_function_word_or_a_definite_noun(string text, string country) =>
        Recognize(text).Should().Contain(m => m.Country == country);

    [Fact]
    public void Should_keep_the_state_after_a_place_the_tagger_found()
    {
        // Given a club named after a place, its name ending in a name word, and the nisba qualifying it
        const string text = "ولعب الحارس لنادي سان جرمان الفرنسي ثلاثة مواسم.";
        var start = text.IndexOf("سان جرمان", StringComparison.Ordinal);
        var place = new EntityMention("سان جرمان", start, start + "سان جرمان".Length, EntityType.Loc, null, null, null, null);

        // Then the nisba still names France
        EntityRecognizer.KnowledgeBaseOnly.Recognize(text, GazetteerTokenizer.Tokenize(text), Date, [place])
            .Should().Contain(m => m.Country == "FRA");
    }

    [Theory]
    // a verb before the given name, which the tagger read as a person
    [InlineData("واغتيل عادل اللبناني أمام منزله في المخيم.", "عادل", "LBN")]
    // a noun and a place before it
    [InlineData("وأعلن رئيس بلدية طرابلس خالد السوري افتتاح السوق الجديدة.", "خالد", "SYR")]
    public void Should_read_the_nisba_after_a_given_name_the_tagger_found_as_a_family_name(string text, string name, string country) =>
        WithPerson(text, name).Should().NotContain(m => m.Country == country);

    [Theory]
    // the counterpart and the title stay the state though a person the tagger found stands before them
    [InlineData("واستقبل خالد نظيره التركي في القصر.", "خالد", "TUR")]
    [InlineData("والتقى عادل الرئيس التركي في أنقرة.", "عادل", "TUR")]
    public void Should_keep_the_state_after_a_counterpart_or_a_title_near_a_person(string text, string name, string country) =>
        WithPerson(text, name).Should().Contain(m => m.Country == country);

    [Fact]
    public void Should_keep_the_state_after_a_given_name_the_tagger_did_not_find()
    {
        // Given no person span over the given name, which may then be a verb or a noun
        Recognize("واغتيل عادل اللبناني أمام منزله في المخيم.").Should().Contain(m => m.Country == "LBN");
    }

    [Theory]
    // a personal title right before the nisba, no name after it: the titled person's family name (nisba32)
    [InlineData("وقال الدكتور التركي إن الجامعة ستفتتح كلية جديدة.", "التركي", "TUR")]
    [InlineData("وأكد العميد المصري أن الطريق سيفتح غدا.", "المصري", "EGY")]
    [InlineData("وأوضح د. الليبي أن الدراسة شملت ألف طالب.", "الليبي", "LBY")]
    [InlineData("واستقبل الشيخ العماني الوفد في منزله.", "العماني", "OMN")]
    public void Should_read_a_nisba_right_after_a_personal_title_as_a_person(string text, string nisba, string country)
    {
        var mentions = Recognize(text);

        mentions.Should().NotContain(m => m.Country == country);
        mentions.Should().ContainSingle(m => m.Text == nisba).Which.Type.Should().Be(EntityType.Person);
    }

    [Theory]
    // a state body's title
    [InlineData("وقال وزير الخارجية التركي إن بلاده ترفض القرار.", "TUR")]
    // honorifics.tsv: الفريق is also "the team", المهندس a profession told with a nationality, السيد before a foreigner's
    [InlineData("وفاز الفريق السعودي بالمباراة النهائية.", "SAU")]
    [InlineData("وصمم الجسر المهندس الإيطالي الذي فاز بالجائزة.", "ITA")]
    [InlineData("وقال السيد الفرنسي إن الاجتماع كان مثمرا.", "FRA")]
    // a name after the title and nisba: the person's state
    [InlineData("وحضر الشيخ الكويتي سالم الحفل في المساء.", "KWT")]
    // an off-date word after it: an office's holder
    [InlineData("وقال اللواء المصري السابق إن الحدود آمنة.", "EGY")]
    public void Should_keep_the_state_after_a_state_body_a_non_family_title_or_before_a_name(string text, string country) =>
        Recognize(text).Should().Contain(m => m.Country == country);

    [Fact]
    public void Should_load_which_honorifics_take_a_family_nisba()
    {
        KnowledgeBase.Default.Honorifics.Should().Contain("دكتور", true).And.Contain("فريق", false).And.Contain("د", true);
    }

    // The sentence recognized with the tagger's person span over one given name.
    private static IReadOnlyList<EntityMention> WithPerson(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var person = new EntityMention(name, start, start + name.Length, EntityType.Person, null, null, null, null);
        return EntityRecognizer.KnowledgeBaseOnly.Recognize(text, GazetteerTokenizer.Tokenize(text), Date, [person]);
    }
}
