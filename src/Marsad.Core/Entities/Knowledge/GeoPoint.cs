namespace Marsad.Core.Entities.Knowledge;

/// <summary>A point on the globe in decimal degrees.</summary>
/// <param name="Latitude">Degrees north (negative: south).</param>
/// <param name="Longitude">Degrees east (negative: west).</param>
public readonly record struct GeoPoint(double Latitude, double Longitude);
