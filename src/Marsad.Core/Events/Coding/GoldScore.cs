namespace Marsad.Core.Events.Coding;

/// <summary>
/// The coder's score on our gold set at the level (source country, target country, PLOVER type):
/// each sentence's expected and coded triples are compared as multisets.
/// Rules:
/// <list type="bullet">
/// <item>an actor's country is its ISO3, else the first three letters of its CAMEO code (IGO, EUR); <c>?</c>, an actor without either and CAMEO's bare <c>UAF</c> (unidentified armed forces: a role, no state) are null and match only null;</item>
/// <item>expected hypothetical events are left out: the coder drops hypotheticals by design;</item>
/// <item>negated and future events count like the others: they are coded events with a flag.</item>
/// </list>
/// </summary>
/// <param name="TruePositives">Coded triples that the gold expects.</param>
/// <param name="FalsePositives">Coded triples it does not.</param>
/// <param name="FalseNegatives">Expected triples not coded.</param>
internal sealed record GoldScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 0 when nothing was coded.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Scores one sentence's coded events against its expected ones.</summary>
    public static GoldScore Of(GoldSentence gold, IReadOnlyList<Event> coded)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(coded);
        var expected = gold.Events.Where(e => e.Mode != EventMode.Hypothetical)
            .Select(e => (Country(e.Source), Country(e.Target), e.Plover)).ToList();
        var found = coded.Select(e => (Country(e.Source), Country(e.Target), e.Plover)).ToList();
        var tp = 0;
        foreach (var f in found)
        {
            var k = expected.IndexOf(f);
            if (k >= 0)
            {
                expected.RemoveAt(k);
                tp++;
            }
        }
        return new GoldScore(tp, found.Count - tp, expected.Count);
    }

    /// <summary>The sum of two scores.</summary>
    public static GoldScore operator +(GoldScore a, GoldScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new GoldScore(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
    }

    /// <summary>The country level of an actor code (<c>RUSGOV</c> → <c>RUS</c>).</summary>
    public static string? Country(string? code) => code is { Length: >= 3 } && !code.StartsWith(SentenceFrame.Unidentified, StringComparison.Ordinal) ? code[..3] : null;

    /// <summary>The country level of a coded actor.</summary>
    public static string? Country(EventActor? actor) => actor?.Country ?? Country(actor?.Code);
}
