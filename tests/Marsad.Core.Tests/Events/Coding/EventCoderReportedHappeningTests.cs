using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Session evup17: attacks and protests told by a noun whose happening the sentence reports without naming the author in the
/// usual place: a claim of responsibility (أعلنت جماعة X مسؤوليتها عن الهجوم), a series of attacks (في سلسلة تفجيرات، أدت موجة
/// من الهجمات إلى), exposure told with the ل form of a three-letter root (تعرضت لقصف), protests that "burst out" (انفجرت
/// مظاهرات), and a crowd noun before the protesters (اجتاح حشد المتظاهرين).
/// </summary>
public sealed class EventCoderReportedHappeningTests
{
    private static readonly DateOnly Published = new(2026, 5, 4);

    private static List<Event> Assaults(string text) => EventCoder.Default.Code(text, Published).Where(e => e.Plover == PloverType.Assault).ToList();

    private static List<Event> Protests(string text) => EventCoder.Default.Code(text, Published).Where(e => e.Plover == PloverType.Protest).ToList();

    [Theory]
    [InlineData("أعلنت حركة طالبان مسؤوليتها عن تفجير سيارة مفخخة قرب مقر للشرطة في قندهار.", "AFG")]
    [InlineData("وتبنت حركة الشباب مسؤوليتها عن الهجوم على فندق في مقديشو.", "SOM")]
    public void Should_take_the_claimant_of_an_attack_as_its_author(string sentence, string author)
    {
        // Given a group that claims an attack (أعلن/تبنى … مسؤوليته عن + the attack)
        var assaults = Assaults(sentence);

        // Then the attack is coded with the claimant as its source
        assaults.Should().Contain(e => GoldScore.Country(e.Source) == author);
    }

    [Fact]
    public void Should_code_an_attack_claimed_by_an_unknown_group_without_a_source()
    {
        // Given a claim by a group the knowledge base does not know
        var assaults = Assaults("أعلنت جماعة مجهولة مسؤوليتها عن خطف ثلاثة مهندسين فرنسيين في النيجر.");

        // Then the kidnapping is an event with no source, aimed at its victims
        assaults.Should().ContainSingle();
        assaults[0].Source.Should().BeNull();
        GoldScore.Country(assaults[0].Target).Should().Be("FRA");
    }

    [Theory]
    // a denial: who denies is no author, and "no one claimed" repeats an attack told before
    [InlineData("لم تعلن أي جهة مسؤوليتها عن الهجوم على الحافلة حتى الآن.")]
    // the pluperfect recalls an earlier claim
    [InlineData("وكانت كتائب النصر قد أعلنت مسؤوليتها عن الهجوم على الحافلة الشهر الماضي.")]
    // responsibility ascribed by the speaker after a preposition
    [InlineData("وأشار المصدر إلى مسؤوليتهم عن تفجيرات في المدينة.")]
    public void Should_not_code_an_unclaimed_or_recalled_attack_from_the_responsibility_phrase(string sentence)
    {
        // Given a responsibility phrase that is no new claim
        var assaults = Assaults(sentence);

        // Then the attack noun does not become an event
        assaults.Should().BeEmpty();
    }

    [Theory]
    [InlineData("أدت سلسلة من الهجمات إلى مقتل عشرين شخصا في العاصمة العراقية.")]
    [InlineData("لقي خمسة جنود حتفهم في سلسلة هجمات على نقاط تفتيش شمال بغداد.")]
    public void Should_read_a_series_of_attacks_as_attacks_that_took_place(string sentence)
    {
        // Given attacks told as a series (سلسلة/موجة, من between or not) that caused casualties
        var assaults = Assaults(sentence);

        // Then an attack is coded
        assaults.Should().NotBeEmpty();
    }

    [Fact]
    public void Should_not_code_a_series_of_attacks_that_no_casualty_or_happening_tells()
    {
        // Given a series of attacks only talked about
        var assaults = Assaults("يخشى المراقبون سلسلة من الهجمات في الأشهر المقبلة.");

        // Then no attack is coded
        assaults.Should().BeEmpty();
    }

    [Fact]
    public void Should_code_a_suffered_shelling_told_with_the_short_verbal_noun()
    {
        // Given exposure to a shelling whose noun is spelled like the past verb (لقصف)
        var assaults = Assaults("تعرضت بلدة سورية قرب الحدود لقصف مدفعي عنيف مساء أمس.");

        // Then the shelling is an event with no source
        assaults.Should().ContainSingle();
        assaults[0].Source.Should().BeNull();
    }

    [Theory]
    [InlineData("تعرض الوزير لقصف إعلامي عنيف بعد تصريحاته الأخيرة.")]
    [InlineData("قصف النائب خصومه بقصف كلامي حاد خلال الجلسة.")]
    public void Should_not_code_a_barrage_of_words_as_an_attack(string sentence)
    {
        // Given a media or verbal "bombardment"
        var assaults = Assaults(sentence);

        // Then no attack is coded
        assaults.Should().BeEmpty();
    }

    [Fact]
    public void Should_code_protests_that_burst_out_as_the_place_civilians_protest()
    {
        // Given protests that "burst out" (انفجرت) somewhere, their authors unnamed
        var protests = Protests("انفجرت مظاهرات غاضبة في عدة مدن أردنية احتجاجا على رفع الأسعار.");

        // Then a protest of that state's civilians is coded
        protests.Should().Contain(e => e.Source != null && e.Source.Code == "JORCVL");
    }

    [Fact]
    public void Should_code_an_attack_told_with_qama_and_its_noun_toward_its_victim()
    {
        // Given an attack told as done by قام + بـ + the attack noun, its doer a weapon with no state
        var assaults = Assaults("وقامت طائرة بدون طيار بإطلاق صاروخ على سيارة تقل ثلاثة من عناصر حركة حماس.");

        // Then the attack is coded with no source, toward the victims
        assaults.Should().ContainSingle();
        assaults[0].Source.Should().BeNull();
        GoldScore.Country(assaults[0].Target).Should().Be("PSE");
    }

    [Fact]
    public void Should_take_the_subject_of_qama_as_the_doer_of_the_attack()
    {
        // Given قام + a named actor + بـ + the attack noun, a time word between
        var assaults = Assaults("قام تنظيم داعش اليوم بتفجير مبنى البلدية في مدينة الرمادي العراقية.");

        // Then the actor is the source
        assaults.Should().Contain(e => e.Source != null && e.Source.Code == "IMG");
    }

    [Theory]
    // a relative clause: the act told before
    [InlineData("وقال إن المسلح الذي قام بتفجير نفسه في المسجد كان يحمل جوازا مزورا.")]
    // a temporal clause: background
    [InlineData("وعندما قام مسلح مجهول بإطلاق النار تفرق الحاضرون.")]
    public void Should_not_code_an_attack_told_with_qama_in_a_relative_or_temporal_clause(string sentence)
    {
        // Given قام + an attack noun after a relative pronoun or a temporal conjunction
        var assaults = Assaults(sentence);

        // Then no attack is coded
        assaults.Should().BeEmpty();
    }

    [Fact]
    public void Should_code_a_counted_crowd_of_people_chanting_as_the_place_civilians_protest()
    {
        // Given a chant by a counted crowd of people the knowledge base gives no state
        var protests = Protests("وفي بيشاور ردد أكثر من ألف شخص هتافات ضد الحكومة بعد صلاة الجمعة.");

        // Then a protest of the place's civilians is coded
        protests.Should().Contain(e => e.Source != null && e.Source.Code == "PAKCVL");
    }

    [Theory]
    [InlineData("اجتاح حشد المتظاهرين شوارع العاصمة الباكستانية إسلام آباد.", "PAK")]
    [InlineData("وسارت حشود من المتظاهرين الأتراك نحو ساحة تقسيم في إسطنبول.", "TUR")]
    public void Should_take_the_protesters_after_a_crowd_noun_as_the_subject(string sentence, string country)
    {
        // Given a protest verb whose subject is a crowd noun with protesters as its genitive
        var protests = Protests(sentence);

        // Then the protesters are the source
        protests.Should().Contain(e => GoldScore.Country(e.Source) == country);
    }
}
