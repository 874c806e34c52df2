using Marsad.Core.Events;
using Marsad.Core.Stories;

namespace Marsad.Storage.Sqlite;

/// <summary>One row of <c>merged_events</c>, mapped by Dapper from snake_case columns.</summary>
internal sealed class MergedEventRow
{
#pragma warning disable IDE1006 // the names are the table's columns
    public string id { get; set; } = "";
    public string story_id { get; set; } = "";
    public string? date { get; set; }
    public string? source_text { get; set; }
    public string? source_name { get; set; }
    public string? source_country { get; set; }
    public string? source_code { get; set; }
    public string? target_text { get; set; }
    public string? target_name { get; set; }
    public string? target_country { get; set; }
    public string? target_code { get; set; }
    public string plover { get; set; } = "";
    public string cameo { get; set; } = "";
    public long quad_class { get; set; }
    public double goldstein { get; set; }
    public long negated { get; set; }
    public string? location_name { get; set; }
    public string? location_country { get; set; }
    public double? lat { get; set; }
    public double? lon { get; set; }
    public long num_articles { get; set; }
    public long num_sources { get; set; }
    public string? first_seen { get; set; }
    public string example_sentence { get; set; } = "";
    public string evidence_article { get; set; } = "";
    public long evidence_start { get; set; }
    public long evidence_end { get; set; }
    public string article_ids { get; set; } = "";
    public string? trigger { get; set; }
    public long? trigger_start { get; set; }
    public long? trigger_end { get; set; }
#pragma warning restore IDE1006

    /// <summary>The insert parameters of a merged event (PascalCase, as the INSERT names them).</summary>
    public static object From(MergedEvent e) => new
    {
        e.Id,
        e.StoryId,
        Date = SqliteStories.Iso(e.Date),
        SourceText = e.Source?.Text,
        SourceName = e.Source?.Name,
        SourceCountry = e.Source?.Country,
        SourceCode = e.Source?.Code,
        TargetText = e.Target?.Text,
        TargetName = e.Target?.Name,
        TargetCountry = e.Target?.Country,
        TargetCode = e.Target?.Code,
        Plover = e.Plover.ToName(),
        e.Cameo,
        e.QuadClass,
        e.Goldstein,
        Negated = e.Negated ? 1 : 0,
        LocationName = e.Location?.Name,
        LocationCountry = e.Location?.Country,
        e.Location?.Lat,
        e.Location?.Lon,
        e.NumArticles,
        e.NumSources,
        FirstSeen = SqliteStories.Iso(e.FirstSeen),
        e.ExampleSentence,
        EvidenceArticle = e.Evidence.ArticleId,
        EvidenceStart = e.Evidence.Start,
        EvidenceEnd = e.Evidence.End,
        ArticleIds = string.Join(' ', e.ArticleIds),
        e.Trigger,
        e.Evidence.TriggerStart,
        e.Evidence.TriggerEnd,
    };

    public MergedEvent ToMergedEvent() => new()
    {
        Id = id,
        StoryId = story_id,
        Date = SqliteStories.Date(date),
        Source = source_text is null && source_name is null && source_code is null ? null : new EventActor(source_text ?? "", source_name, source_country, source_code),
        Target = target_text is null && target_name is null && target_code is null ? null : new EventActor(target_text ?? "", target_name, target_country, target_code),
        Plover = PloverTypes.TryParse(plover, out var type) ? type : throw new InvalidDataException($"merged_events: unknown PLOVER type '{plover}'"),
        Cameo = cameo,
        QuadClass = (int)quad_class,
        Goldstein = goldstein,
        Negated = negated != 0,
        Location = location_name is null ? null : new EventLocation(location_name, location_country, lat, lon),
        NumArticles = (int)num_articles,
        NumSources = (int)num_sources,
        FirstSeen = SqliteStories.Date(first_seen),
        ExampleSentence = example_sentence,
        Trigger = trigger,
        Evidence = new EventEvidence(evidence_article, (int)evidence_start, (int)evidence_end, (int?)trigger_start, (int?)trigger_end),
        ArticleIds = article_ids.Split(' ', StringSplitOptions.RemoveEmptyEntries),
    };
}
