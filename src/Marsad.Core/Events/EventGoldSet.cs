using System.Text.RegularExpressions;

namespace Marsad.Core.Events;

/// <summary>
/// Reads <c>eval/events-gold/gold.tsv</c> (format in its README.md), validating every event
/// against the CAMEO code table: an unknown code, a PLOVER type that is not the code's, a
/// malformed actor code or flag is an error naming file and line.
/// </summary>
internal static partial class EventGoldSet
{
    /// <summary>Reads and validates the gold set.</summary>
    /// <exception cref="EventResourceException">A record is malformed.</exception>
    public static IReadOnlyList<GoldSentence> Load(TextReader reader, string fileName, CameoCodes codes)
    {
        var sentences = new List<GoldSentence>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in EventResources.DataLines(reader))
        {
            if (f.Length != 4)
            {
                throw new EventResourceException(fileName, line, $"expected 4 tab-separated fields (id, tags, sentence, events), found {f.Length}");
            }
            if (!IdPattern().IsMatch(f[0]) || !ids.Add(f[0]))
            {
                throw new EventResourceException(fileName, line, $"id '{f[0]}' is malformed or repeated");
            }
            if (string.IsNullOrWhiteSpace(f[2]))
            {
                throw new EventResourceException(fileName, line, "empty sentence");
            }
            var tags = f[1] == "-" ? [] : f[1].Split(',');
            var events = f[3] == "-"
                ? []
                : f[3].Split(" ; ").Select(e => ParseEvent(e, codes, fileName, line)).ToList();
            sentences.Add(new GoldSentence(f[0], tags, f[2], events, line));
        }
        return sentences;
    }

    /// <summary>Parses one <c>SOURCE&gt;TARGET PLOVER CAMEO [neg] [mode=M]</c> event, naming file and line on an error.</summary>
    internal static GoldEvent ParseEvent(string text, CameoCodes codes, string file, int line)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var actors = parts.Length >= 3 ? ActorsPattern().Match(parts[0]) : Match.Empty;
        if (!actors.Success)
        {
            throw new EventResourceException(file, line, $"event '{text}' is not SOURCE>TARGET PLOVER CAMEO [neg] [mode=M]");
        }
        if (!PloverTypes.TryParse(parts[1], out var plover) || parts[1] != parts[1].ToUpperInvariant())
        {
            throw new EventResourceException(file, line, $"'{parts[1]}' is not a PLOVER type");
        }
        if (!codes.TryGet(parts[2], out var code))
        {
            throw new EventResourceException(file, line, $"'{parts[2]}' is not a CAMEO code");
        }
        if (code.Plover != plover)
        {
            throw new EventResourceException(file, line, $"CAMEO {code.Code} is {code.Plover?.ToName() ?? "no PLOVER type"}, not {parts[1]}");
        }
        var negated = false;
        EventMode? mode = null;
        foreach (var flag in parts.Skip(3))
        {
            if (flag == "neg" && !negated)
            {
                negated = true;
            }
            else if (flag.StartsWith("mode=", StringComparison.Ordinal) && mode is null && EventModes.TryParse(flag[5..], out var m))
            {
                mode = m;
            }
            else
            {
                throw new EventResourceException(file, line, $"flag '{flag}' is neither neg nor mode=future|intent|possible|hypothetical, or repeats");
            }
        }
        return new GoldEvent(Actor(actors.Groups[1].Value), Actor(actors.Groups[2].Value), plover, code, negated, mode);
    }

    private static string? Actor(string code) => code == "?" ? null : code;

    [GeneratedRegex(@"^ev\d{3,}$")]
    private static partial Regex IdPattern();

    // An actor is an ISO 3166 alpha-3 or CAMEO group code followed by role codes, three letters each.
    [GeneratedRegex(@"^((?:[A-Z]{3})+|\?)>((?:[A-Z]{3})+|\?)$")]
    private static partial Regex ActorsPattern();
}
