namespace Marsad.Core.Stories;

/// <summary>
/// How MinHash signatures are cut into LSH bands. Two documents become candidates when
/// all <see cref="Rows"/> values of at least one of the <see cref="Bands"/> bands agree,
/// which happens with probability 1 − (1 − J^r)^b for Jaccard similarity J.
/// </summary>
/// <remarks>
/// The default, b = 20 bands of r = 6 rows (k = 120), puts the S-curve's midpoint at
/// (1/b)^(1/r) ≈ 0.61: a pair at J = 0.8 is a candidate with probability 0.998, at
/// J = 0.7 0.96, at J = 0.5 0.27 and at J = 0.3 0.015. Candidates are then checked on
/// the whole signature, so false candidates cost one comparison each, and recall at
/// the 0.8 threshold stays above 0.99 whatever the corpus.
/// </remarks>
/// <param name="Bands">Number of bands (b).</param>
/// <param name="Rows">Signature positions per band (r).</param>
public sealed record LshParameters(int Bands, int Rows)
{
    /// <summary>The default signature length, b × r.</summary>
    public const int DefaultSignatureLength = 120;

    /// <summary>b = 20, r = 6: see the remarks.</summary>
    public static LshParameters Default { get; } = new(20, 6);

    /// <summary>The signature length these parameters need.</summary>
    public int SignatureLength => Bands * Rows;

    /// <summary>The probability that a pair of Jaccard similarity <paramref name="jaccard"/> becomes a candidate.</summary>
    public double CandidateProbability(double jaccard) => 1 - Math.Pow(1 - Math.Pow(jaccard, Rows), Bands);
}
