using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// Shows how the event coder reads sentences: the words with their clause breaks, the actor
/// slots, the trigger candidates and the coded events.
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- events-trace [--date YYYY-MM-DD] SENTENCE...</c>.
/// </summary>
public sealed class EventCoderTraceHarness : IHarness
{
    public string Name => "events-trace";

    public string Description => "event coder, step by step, on the sentences given";

    public int Run(string[] args)
    {
        DateOnly? date = null;
        var texts = new List<string>();
        for (var k = 0; k < args.Length; k++)
        {
            if (args[k] == "--date" && k + 1 < args.Length)
            {
                date = DateOnly.Parse(args[++k], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                texts.Add(args[k]);
            }
        }
        foreach (var text in texts)
        {
            var analysis = ArabicAnalyzer.Default.Analyze(text);
            var mentions = EntityRecognizer.Default.Recognize(text, date);
            Console.WriteLine(text);
            Console.WriteLine("  mentions: " + string.Join(" | ", mentions.Select(m => $"{m.Text}:{m.Type}:{m.Code ?? m.Country ?? "-"}")));
            foreach (var sentence in analysis.Sentences)
            {
                var inside = mentions.Where(m => m.Start >= sentence.Start && m.End <= sentence.End).ToList();
                var frame = SentenceFrame.Build(text, analysis, sentence, inside, TriggerLexicon.Default, RoleWords.Default, Core.Entities.Knowledge.KnowledgeBase.Default,
                    SentenceFrame.ArticleState(mentions));
                Console.WriteLine("  words: " + string.Join(' ', frame.Words.Select((w, i) => (frame.BreakBefore[i] ? "‖ " : "") + $"{i}:{string.Join("", w.Prefixes.Select(p => p + "+"))}{w.Norm}")));
                Console.WriteLine("  slots: " + string.Join(" | ", frame.Slots.Select(s => $"{s.FirstWord}-{s.LastWord}:{s.Actor.Text}:{s.Key}{(s.IsPlace ? ":place" : "")}")));
                var tokens = frame.Words.Select(w => new EventToken(w.Start, w.End, ArabicNormalizer.Normalize(w.Text))).ToList();
                foreach (var c in TriggerFinder.Default.Find(tokens))
                {
                    var a = ArgumentRoles.Find(frame, c, RoleWords.Default);
                    Console.WriteLine($"  trigger {c.TokenIndex}:{c.Stem} {c.Form} {c.Cameo} {c.Plover} neg={c.Negated} mode={c.Mode} → src [{string.Join(",", a.Sources.Select(s => s.Key))}] tgt [{string.Join(",", a.Targets.Select(s => s.Key))}]{(a.Reciprocal ? " reciprocal" : "")}");
                }
            }
            foreach (var e in EventCoder.Default.Code(analysis, mentions, date))
            {
                Console.WriteLine($"  EVENT {e.Source?.Code}>{e.Target?.Code} {e.Plover} {e.Cameo} neg={e.Negated} mode={e.Mode} trigger={e.Trigger} place={e.Location?.Name}");
            }
        }
        return 0;
    }
}
