using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Entities.Matching;

/// <summary>
/// Every name, title, nisba and seat of the knowledge base in one token trie, built once.
/// Matching is longest-first and clitic-tolerant on the first token only:
/// <list type="bullet">
/// <item>the token as it is (بوتين);</item>
/// <item>with a proclitic stripped when the rest matches: و ف ب ل ك and their pairs وب ول فب فل وك (وبوتين، لروسيا);</item>
/// <item>لل (ل + ال) restores the article: للرئيس → الرئيس, ولل and فلل likewise;</item>
/// <item>on a tie in length the unstripped reading wins (بلال stays a name).</item>
/// </list>
/// Lookups go through span-keyed dictionaries, so matching allocates nothing.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly (string Clitic, bool RestoresArticle)[] Proclitics =
    [
        ("و", false), ("ف", false), ("ب", false), ("ل", false), ("ك", false),
        ("وب", false), ("ول", false), ("فب", false), ("فل", false), ("وك", false),
        ("لل", true), ("ولل", true), ("فلل", true),
    ];

    private const int MinimumStem = 2;
    private const int MaxPrefixedLength = 64;

    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabularyBySpan;
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<GazetteerEntry>?> _payloads = [null];
    // The child of the root for each token id (0: none; no other node is 0), read by index: the first step of a walk
    // is made at every token of every article, up to five times with the clitics stripped.
    private readonly int[] _roots;

    public Gazetteer(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        _vocabularyBySpan = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var country in kb.Countries)
        {
            var state = kb.FindActor(country.Iso3)!;
            AddAll(country.Names, new GazetteerEntry(GazetteerEntryKind.StateName, Actor: state, Country: country));
            AddAll(country.Demonyms, new GazetteerEntry(GazetteerEntryKind.Nisba, Actor: state, Country: country));
            AddAll(country.ContextNames, new GazetteerEntry(GazetteerEntryKind.StateNameInContext, Actor: state, Country: country));
            AddAll(country.TitleNisbas, new GazetteerEntry(GazetteerEntryKind.NisbaInTitle, Actor: state, Country: country));
        }
        foreach (var actor in kb.Actors)
        {
            switch (actor.Kind)
            {
                case ActorKind.Organization:
                    AddAll(actor.Names, new GazetteerEntry(GazetteerEntryKind.OrganizationName, Actor: actor));
                    if (kb.OrganizationContextNames.TryGetValue(actor.Id, out var contextNames))
                    {
                        AddAll(contextNames, new GazetteerEntry(GazetteerEntryKind.OrganizationContextName, Actor: actor));
                    }
                    break;
                case ActorKind.Place:
                    AddAll(actor.Names, new GazetteerEntry(GazetteerEntryKind.PlaceName, Actor: actor));
                    break;
                case ActorKind.Person when kb.PersonNames.TryGetValue(actor.Id, out var names):
                    AddAll(names.Full, new GazetteerEntry(GazetteerEntryKind.PersonName, Actor: actor));
                    AddAll(names.Short, new GazetteerEntry(GazetteerEntryKind.PersonShortName, Actor: actor));
                    AddAll(names.ContextOnly, new GazetteerEntry(GazetteerEntryKind.PersonContextName, Actor: actor));
                    break;
                default:
                    break;
            }
        }
        foreach (var seat in kb.Seats)
        {
            AddAll(seat.Names, new GazetteerEntry(GazetteerEntryKind.Seat, Country: kb.FindCountry(seat.Iso3), Seat: seat));
        }
        foreach (var title in kb.Titles)
        {
            Add(title.Text, new GazetteerEntry(GazetteerEntryKind.Title, Title: title));
        }
        foreach (var institution in kb.Institutions)
        {
            Add(institution.Text, new GazetteerEntry(GazetteerEntryKind.Institution, Institution: institution));
        }
        AddAll(kb.OwnStateWords, new GazetteerEntry(GazetteerEntryKind.OwnStateWord));
        foreach (var payload in _payloads)
        {
            payload?.Sort((a, b) => a.Kind.CompareTo(b.Kind));
        }
        _roots = new int[_vocabulary.Count];
        foreach (var tokenId in _vocabulary.Values)
        {
            _roots[tokenId] = _edges.GetValueOrDefault(Key(0, tokenId));
        }
    }

    /// <summary>How many phrases the trie holds.</summary>
    public int PhraseCount { get; private set; }

    /// <summary>The longest phrase starting at <paramref name="index"/>, or null.</summary>
    public GazetteerMatch? Match(IReadOnlyList<GazetteerToken> tokens, int index)
    {
        var first = tokens[index].Norm.AsSpan();
        var (bestLength, bestNode) = Walk(tokens, index, first);
        var bestClitic = 0;
        Span<char> buffer = stackalloc char[MaxPrefixedLength];
        foreach (var (clitic, restores) in Proclitics)
        {
            if (!first.StartsWith(clitic, StringComparison.Ordinal) || first.Length - clitic.Length < MinimumStem)
            {
                continue;
            }
            var rest = first[clitic.Length..];
            if (rest.Length + 2 > MaxPrefixedLength)
            {
                // No name is this long: a run of letters without spaces is not worth a copy.
                break;
            }
            Span<char> candidate = buffer[..(restores ? rest.Length + 2 : rest.Length)];
            if (restores)
            {
                "ال".AsSpan().CopyTo(candidate);
                rest.CopyTo(candidate[2..]);
            }
            else
            {
                rest.CopyTo(candidate);
            }
            var (length, node) = Walk(tokens, index, candidate);
            if (length > bestLength)
            {
                (bestLength, bestNode, bestClitic) = (length, node, clitic.Length);
            }
        }
        return bestLength == 0 ? null : new GazetteerMatch(index, bestLength, bestClitic, _payloads[bestNode]!);
    }

    private (int Length, int Node) Walk(IReadOnlyList<GazetteerToken> tokens, int index, ReadOnlySpan<char> first)
    {
        var node = _vocabularyBySpan.TryGetValue(first, out var tokenId) ? _roots[tokenId] : 0;
        if (node == 0)
        {
            return (0, 0);
        }
        var (length, best) = _payloads[node] is null ? (0, 0) : (1, node);
        for (var k = index + 1; k < tokens.Count; k++)
        {
            if (!_vocabulary.TryGetValue(tokens[k].Norm, out tokenId) || !_edges.TryGetValue(Key(node, tokenId), out node))
            {
                break;
            }
            if (_payloads[node] is not null)
            {
                (length, best) = (k - index + 1, node);
            }
        }
        return (length, best);
    }

    private void AddAll(IEnumerable<string> phrases, GazetteerEntry entry)
    {
        foreach (var phrase in phrases)
        {
            Add(phrase, entry);
        }
    }

    private void Add(string phrase, GazetteerEntry entry)
    {
        var tokens = GazetteerTokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }
        var node = 0;
        foreach (var token in tokens)
        {
            if (!_vocabulary.TryGetValue(token.Norm, out var tokenId))
            {
                _vocabulary[token.Norm] = tokenId = _vocabulary.Count;
            }
            var key = Key(node, tokenId);
            if (!_edges.TryGetValue(key, out var next))
            {
                next = _payloads.Count;
                _payloads.Add(null);
                _edges[key] = next;
            }
            node = next;
        }
        var payload = _payloads[node] ??= [];
        if (!payload.Contains(entry))
        {
            payload.Add(entry);
            PhraseCount++;
        }
    }

    private static long Key(int node, int tokenId) => ((long)node << 32) | (uint)tokenId;
}
