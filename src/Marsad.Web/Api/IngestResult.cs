namespace Marsad.Web.Api;

/// <summary>What <c>POST /api/ingest</c> did.</summary>
/// <param name="Added">Articles new to the store.</param>
/// <param name="Replaced">Articles whose stored row changed.</param>
/// <param name="Unchanged">Articles already stored as they are.</param>
/// <param name="Ids">The ids of the analyzed articles, in body order.</param>
/// <param name="Errors">Records that could not be read, one line each.</param>
public sealed record IngestResult(int Added, int Replaced, int Unchanged, IReadOnlyList<string> Ids, IReadOnlyList<string> Errors);
