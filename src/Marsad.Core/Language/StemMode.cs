namespace Marsad.Core.Language;

/// <summary>How <see cref="LightStemmer"/> treats proper names.</summary>
public enum StemMode
{
    /// <summary>Every word is stemmed (Larkey's light10, as Lucene does).</summary>
    Plain,

    /// <summary>Known proper names (<see cref="ArabicLexicon.IsName"/>) are left whole: بوتين stays بوتين.</summary>
    NameSafe,
}
