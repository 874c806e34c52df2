namespace Marsad.Core.Entities.Knowledge;

/// <summary>A seat of power that stands for its state's government (الكرملين، البيت الأبيض).</summary>
/// <param name="Iso3">The state it stands for.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Names">Its Arabic names.</param>
public sealed record Seat(string Iso3, string Name, IReadOnlyList<string> Names);
