using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// هنأ "congratulated" and هنا "here" (هناك "there") are one word once normalized: the verb is read only when the text writes its
/// hamza (roles.tsv kind hamzaspelled; evpraise30).
/// </summary>
public sealed class EventCoderHamzaSpelledTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("وقال المسؤول إن الوفد السعودي موجود هنا لبحث التعاون مع الحكومة المصرية.")]
    [InlineData("وقالت إن المواطنين الفرنسيين هنا يشعرون بالأمان في السعودية.")]
    [InlineData("وشق المهاجرون طريقهم لهناك من خلال إيطاليا أو اليونان.")]
    public void Should_not_read_here_or_there_as_a_congratulation(string sentence)
    {
        // When هنا or هناك stands without a hamza
        var events = Code(sentence);

        // Then no congratulation is coded
        events.Should().NotContain(e => e.Cameo == "051");
    }

    [Fact]
    public void Should_read_the_verb_written_with_its_hamza()
    {
        // When هنأ is written with its hamza
        var events = Code("وهنأ الرئيس المصري عبدالفتاح السيسي الملك سلمان بنجاح موسم الحج.");

        // Then the congratulation is coded, Egypt's president to the king
        events.Should().Contain(e => e.Cameo == "051" && e.Source != null && e.Source.Code == "EGYGOV" && e.Target != null && e.Target.Code == "SAUGOV");
    }
}
