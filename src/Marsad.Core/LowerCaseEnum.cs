namespace Marsad.Core;

/// <summary>
/// The kind column of our word-list resources: an enum member written in lower case letters only (<c>pair</c>,
/// <c>negation</c>), so that a typo (<c>Pair</c>, <c>pair,</c>, <c>3</c>) fails with the file and line instead of reading as
/// another kind.
/// </summary>
internal static class LowerCaseEnum
{
    /// <summary>Parses <paramref name="name"/> as a defined member of <typeparamref name="T"/> written in lower case.</summary>
    public static bool TryParse<T>(string name, out T value)
        where T : struct, Enum
    {
        value = default;
        return name.Length > 0 && name.All(char.IsAsciiLetterLower) && Enum.TryParse(name, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>The members of <typeparamref name="T"/> as the files write them, for error messages: <c>a, b, c</c>.</summary>
    public static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
}
