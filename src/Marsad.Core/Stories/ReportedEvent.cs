using Marsad.Core.Events;

namespace Marsad.Core.Stories;

/// <summary>An event as one article reports it, with what merging needs to know of the article.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Outlet">The article's outlet, or null.</param>
/// <param name="Published">The article's publication date, or null.</param>
/// <param name="Event">The event coded from the article.</param>
public sealed record ReportedEvent(string ArticleId, string? Outlet, DateOnly? Published, Event Event);
