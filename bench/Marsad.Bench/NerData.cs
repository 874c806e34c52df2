using Marsad.Core.Entities.Tagging;

namespace Marsad.Bench;

/// <summary>Where the NER corpora and the model file are, and how they are split.</summary>
internal static class NerData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DataRoot => Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } shared
        ? Path.Combine(shared, "data")
        : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string ModelPath => Path.Combine(RepositoryRoot, "src", "Marsad.Core", "Resources", "Models", "ner.bin.gz");

    public static string AnercorpPath => Path.Combine(DataRoot, "anercorp", "ANERCorp_original_ITE5th.txt");

    public static string AqmarPath => Path.Combine(DataRoot, "aqmar", "AQMAR_Arabic_NER_corpus-1.0_concat.txt");

    /// <summary>ANERcorp's usual split: the first 5/6 of the tokens for training, the rest for testing.</summary>
    public static (IReadOnlyList<LabeledSentence> Train, IReadOnlyList<LabeledSentence> Test) Anercorp()
    {
        var (train, test) = NerCorpus.Split(NerCorpus.Read(AnercorpPath), 5.0 / 6);
        return (train, test);
    }

    public static IReadOnlyList<string> Gazetteer(string kind)
    {
        using var reader = new StreamReader(Path.Combine(DataRoot, "anercorp", $"ANERGazet_{kind}.txt"));
        return NerTitles.ReadList(reader);
    }

    /// <summary>
    /// The SaudiNewsNet articles as tokenized sentences (unlabeled text for the word
    /// classes): punctuation split off words, a sentence ended by a line break or . ! ؟.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> SaudiNewsNet(int maxFiles)
    {
        foreach (var (_, text) in SaudiArticle.Contents(maxFiles))
        {
            foreach (var sentence in Sentences(text))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>The SaudiNewsNet articles, each as its tokenized sentences (as <see cref="SaudiNewsNet"/> cuts them).</summary>
    public static IEnumerable<IReadOnlyList<IReadOnlyList<string>>> SaudiNewsNetDocuments(int maxFiles)
    {
        foreach (var (_, text) in SaudiArticle.Contents(maxFiles))
        {
            yield return [.. Sentences(text)];
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Sentences(string text)
    {
        var tokens = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            foreach (var chunk in line.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
            {
                int start = 0, end = chunk.Length;
                var trailing = new List<string>();
                while (start < end && IsPunctuation(chunk[start]))
                {
                    tokens.Add(chunk[start].ToString());
                    start++;
                }
                while (end > start && IsPunctuation(chunk[end - 1]))
                {
                    trailing.Add(chunk[end - 1].ToString());
                    end--;
                }
                if (end > start)
                {
                    tokens.Add(chunk[start..end]);
                }
                trailing.Reverse();
                foreach (var mark in trailing)
                {
                    tokens.Add(mark);
                    if (mark is "." or "!" or "؟" or "?")
                    {
                        yield return tokens;
                        tokens = [];
                    }
                }
            }
            if (tokens.Count > 0)
            {
                yield return tokens;
                tokens = [];
            }
        }
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
