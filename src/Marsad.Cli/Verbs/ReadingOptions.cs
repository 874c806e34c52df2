using System.CommandLine;
using System.Globalization;
using Marsad.Core;
using Marsad.Core.Entities;
using Marsad.Core.Reading;

namespace Marsad.Cli.Verbs;

/// <summary>The options every reading verb takes: inputs, <c>--url</c>, <c>--date</c>, <c>--source</c>, <c>--as-article</c>.</summary>
internal sealed class ReadingOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files, folders (read recursively) or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
        Validators =
        {
            // An unknown option would otherwise be taken for a path and fail later as "file not found".
            r =>
            {
                foreach (var p in r.GetValueOrDefault<string[]>() ?? [])
                {
                    if (p.StartsWith("--", StringComparison.Ordinal))
                    {
                        r.AddError($"unknown option '{p}'");
                    }
                }
            },
        },
    };

    public Option<string?> Url { get; } = new("--url") { Description = "The page's URL when the input has none." };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) when the input has none; wins over dates found in the page.",
        Validators =
        {
            r =>
            {
                var v = r.GetValueOrDefault<string?>();
                if (v is not null && !DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    r.AddError($"--date must be YYYY-MM-DD, not '{v}'");
                }
            },
        },
    };

    public Option<string?> Source { get; } = new("--source") { Description = "The outlet's name when the input has none." };

    public Option<bool> AsArticle { get; } = new("--as-article") { Description = "The text is already the article: skip boilerplate removal and keep it verbatim." };

    public Option<bool> NoNameTagger { get; } = new("--no-name-tagger")
    {
        Description = "Link the knowledge base's actors only, without the statistical tagger's unknown names (about 1.7x faster).",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Url);
        command.Options.Add(Date);
        command.Options.Add(Source);
        command.Options.Add(AsArticle);
        command.Options.Add(NoNameTagger);
    }

    /// <summary>The pipeline the options ask for: with the name tagger unless <c>--no-name-tagger</c>.</summary>
    public Pipeline CreatePipeline(ParseResult result) =>
        result.GetValue(NoNameTagger) ? new Pipeline(EntityRecognizer.KnowledgeBaseOnly) : new Pipeline();

    public ReadOptions Bind(ParseResult result) => new()
    {
        Url = result.GetValue(Url),
        Date = result.GetValue(Date) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Source = result.GetValue(Source),
        AsArticle = result.GetValue(AsArticle),
    };
}
