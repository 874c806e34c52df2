using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>Events built by hand for the history rule's tests: an assault whose trigger and sentence are given, so that only the anchors are under test.</summary>
internal static class HistoryTestEvents
{
    /// <summary>An ASSAULT (190) event of <paramref name="sentence"/> inside <paramref name="text"/>, with <paramref name="trigger"/> as its word.</summary>
    public static Event At(string text, string sentence, string trigger) => new()
    {
        Plover = PloverType.Assault,
        Cameo = "190",
        QuadClass = 4,
        Goldstein = -10,
        Trigger = trigger,
        Sentence = sentence,
        Start = text.IndexOf(sentence, StringComparison.Ordinal),
        End = text.IndexOf(sentence, StringComparison.Ordinal) + sentence.Length,
    };
}
