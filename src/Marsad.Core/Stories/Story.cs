namespace Marsad.Core.Stories;

/// <summary>Articles about one happening, across outlets and days.</summary>
/// <param name="Id">Stable id: the id of the article that founded the story.</param>
/// <param name="Title">The headline of its founding article.</param>
/// <param name="FirstDate">The earliest date of its dated articles, or null when none is dated.</param>
/// <param name="LastDate">The latest date of its dated articles, or null.</param>
/// <param name="ArticleIds">Its articles, in the order they joined.</param>
public sealed record Story(string Id, string Title, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<string> ArticleIds);
