namespace Marsad.Web.Api;

/// <summary>The one-line JSON body of every API error: <c>{"error": "..."}</c>.</summary>
/// <param name="Error">What went wrong, for a person.</param>
public sealed record ApiError(string Error);
