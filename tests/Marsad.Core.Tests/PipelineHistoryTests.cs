using Marsad.Core.Events;
using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests;

/// <summary>
/// Acts a news sentence anchors long before the article are background, not news (<see cref="PastAnchors"/>). Sentences
/// written for these tests; the events are built by hand so that only the anchors are under test.
/// </summary>
public sealed class PipelineHistoryTests
{
    private static readonly DateOnly Published = new(2015, 7, 21);

    private static Event At(string text, string sentence, string trigger) => HistoryTestEvents.At(text, sentence, trigger);

    private static IReadOnlyList<string> Kept(string sentence, string trigger, DateOnly? published) =>
        PastAnchors.WithoutHistory(sentence, [At(sentence, sentence, trigger)], published).Select(e => e.Trigger).ToList();

    [Theory]
    // a year, last year, a month back more than 90 days, years ago, a full date far back, a chronology line
    [InlineData("وفي عام 2009 هاجم مسلحون قافلة للجيش في الجنوب.", "هاجم")]
    [InlineData("وكانت الشرطة قد اعتقلت زعيم العصابة العام الماضي في العاصمة.", "اعتقلت")]
    [InlineData("وكانت طائرات التحالف قصفت المعسكر في مارس الماضي دون أن تدمره.", "قصفت")]
    [InlineData("واعتقلت السلطات الصحفي في فبراير قبل أن تفرج عنه بكفالة.", "واعتقلت")]
    [InlineData("وقد حظرت الحكومة نشاط الجماعة قبل ثلاث سنوات.", "حظرت")]
    [InlineData("وكان الجيش قد اقتحم البلدة في 12 مارس 2014 بعد حصار طويل.", "اقتحم")]
    [InlineData("1995 - اغتيال رئيس الوزراء في تجمع انتخابي بالعاصمة.", "اغتيال")]
    public void Should_drop_an_act_anchored_long_before_the_article(string sentence, string trigger)
    {
        // Given a news sentence that dates its act long before the article (published 2015-07-21)
        // Then the act is background: dropped
        Kept(sentence, trigger, Published).Should().BeEmpty();
    }

    [Theory]
    // a near anchor in the window wins; the first/worst since a year compares a present act; a year after a verb far from
    // it; a month without a year that would lie almost a year back is the coming one; the current year
    [InlineData("اعتقلت الشرطة أمس رجلا مطلوبا منذ 2012 في قضايا سرقة.", "اعتقلت")]
    [InlineData("هاجم مسلحون قاعدة عسكرية في الشمال، في أعنف هجوم من نوعه هو الأول منذ 2011.", "هاجم")]
    [InlineData("هاجم مسلحون مركزا للشرطة في المدينة، وقتلوا ثلاثة من أفراده وأصابوا خمسة من المارة الذين كانوا يعبرون الشارع الذي افتتح عام 2010.", "هاجم")]
    [InlineData("وقصفت المدفعية مواقع المسلحين في أغسطس تمهيدا لاقتحام المدينة.", "وقصفت")]
    [InlineData("وقصفت الطائرات مواقع المسلحين في 2015 بعد انهيار الهدنة.", "وقصفت")]
    [InlineData("ومؤخرا اعتقلت الحركة ناشطين من الجماعة التي قمعتها في 2009.", "اعتقلت")]
    public void Should_keep_an_act_the_sentence_does_not_anchor_far_back(string sentence, string trigger)
    {
        Kept(sentence, trigger, Published).Should().Equal(trigger);
    }

    [Fact]
    public void Should_give_a_past_year_to_the_trigger_nearest_to_it()
    {
        // Given a sentence with a present act and a relative clause dated far back, both coded
        const string sentence = "اعتقلت الحركة ناشطين من الجماعة التي قمعتها بقسوة في 2009 في غزة.";
        var events = new[] { At(sentence, sentence, "اعتقلت"), At(sentence, sentence, "قمعتها") };

        // When history is dropped
        var kept = PastAnchors.WithoutHistory(sentence, events, Published);

        // Then the year belongs to the repression, not to the arrest
        kept.Select(e => e.Trigger).Should().Equal("اعتقلت");
    }

    [Fact]
    public void Should_keep_every_event_when_the_article_has_no_date()
    {
        Kept("وفي عام 2009 هاجم مسلحون قافلة للجيش في الجنوب.", "هاجم", null).Should().Equal("هاجم");
    }

    [Fact]
    public void Should_read_a_month_against_the_article_date()
    {
        // في مارس الماضي is four months back in July, one month back in April
        const string sentence = "وكانت طائرات التحالف قصفت المعسكر في مارس الماضي دون أن تدمره.";
        Kept(sentence, "قصفت", new DateOnly(2015, 4, 10)).Should().Equal("قصفت");
        Kept(sentence, "قصفت", Published).Should().BeEmpty();
    }
}
