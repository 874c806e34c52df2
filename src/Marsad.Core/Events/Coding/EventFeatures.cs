namespace Marsad.Core.Events.Coding;

/// <summary>
/// The features <see cref="EventFilter"/> weighs for one coded candidate, each prefixed with
/// the PLOVER type so every type learns its own weights: the trigger's stem, form, negation
/// and mode, what its source and target are, where it stands, and the words around it.
/// </summary>
internal static class EventFeatures
{
    private const int Window = 3;

    /// <summary>The features of <paramref name="trigger"/> with its arguments in <paramref name="frame"/>.</summary>
    public static List<string> Of(SentenceFrame frame, TriggerCandidate trigger, EventArguments args, EventMode? mode, PloverType type)
    {
        var t = type.ToName() + "|";
        var i = trigger.TokenIndex;
        var source = args.Sources.Count == 0 ? "none" : args.Sources[0].Actor.Name is not null ? "named" : args.Sources[0].Actor.Country is null ? "generic-nocountry" : "state";
        var features = new List<string>(24)
        {
            t + "bias",
            t + "stem:" + trigger.Stem,
            t + "form:" + trigger.Form,
            t + "neg:" + trigger.Negated,
            t + "mode:" + (mode?.ToString() ?? "-"),
            t + "src:" + source,
            t + "tgt:" + (args.Targets.Count > 0),
            t + "pos:" + Math.Min(i, 6),
            t + "len:" + Math.Min(frame.Words.Count / 10, 5),
            t + "clause:" + (frame.ClauseStart(i) == 0),
            t + "places:" + frame.Slots.Count(s => s.IsPlace),
        };
        // Signs that the sentence recalls or discusses an act rather than reports a new one.
        var before = frame.Words.Take(i).Select(w => w.Norm).ToList();
        features.Add(t + "pluperfect:" + (before.TakeLast(6).Any(w => w is "كان" or "كانت" or "كانوا") && before.TakeLast(6).Contains("قد")));
        features.Add(t + "year:" + frame.Words.Any(w => w.Norm.Length == 4 && (w.Norm.StartsWith("19", StringComparison.Ordinal) || w.Norm.StartsWith("20", StringComparison.Ordinal)) && w.Norm.All(char.IsDigit)));
        features.Add(t + "recent:" + frame.Words.Any(w => w.Norm is "امس" or "اليوم" or "الليله" or "صباح" or "مساء"));
        features.Add(t + "count:" + frame.Words.Any(w => w.Norm.Length > 0 && char.IsDigit(w.Norm[0])));
        features.Add(t + "place:" + frame.Slots.Any(s => s.IsPlace));
        for (var k = Math.Max(0, i - Window); k <= Math.Min(frame.Words.Count - 1, i + Window); k++)
        {
            if (k != i)
            {
                features.Add(t + (k < i ? "L:" : "R:") + frame.Words[k].Stem);
            }
        }
        return features;
    }
}
