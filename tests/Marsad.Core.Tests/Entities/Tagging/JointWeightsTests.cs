using System.Runtime.Intrinsics;
using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

/// <summary>
/// The weight table keeps half-precision bits and widens them itself: the widening must give the
/// float <see cref="Half"/> gives for every finite half, or the tagger's scores would drift.
/// </summary>
public sealed class JointWeightsTests
{
    [Fact]
    public void Should_widen_every_finite_half_to_the_float_Half_gives()
    {
        // Given every 16-bit pattern but the infinities and NaNs (exponent all ones)
        var halves = Enumerable.Range(0, 1 << 16).Select(h => (uint)h).Where(h => (h & 0x7C00u) != 0x7C00u).ToArray();

        // When widened four by four
        var vector = new float[halves.Length];
        for (var k = 0; k + 4 <= halves.Length; k += 4)
        {
            JointWeights.ToSingle(Vector128.Create(halves, k)).CopyTo(vector, k);
        }

        // Then each is the float of the Half, bit for bit (signed zeros and subnormals included)
        var expected = halves.Select(h => BitConverter.SingleToInt32Bits((float)BitConverter.UInt16BitsToHalf((ushort)h))).ToArray();
        vector.Select(BitConverter.SingleToInt32Bits).Should().Equal(expected);
    }

    [Fact]
    public void Should_refuse_a_weight_that_is_not_a_half()
    {
        // Given a one-stage model whose only feature has a weight a half cannot hold
        var weights = new float[BioLabels.Count];
        weights[0] = 0.1f;
        var model = new NerModel(
            new Dictionary<string, LexiconFlags>(), new Dictionary<string, int>(),
            new float[(BioLabels.Count + 1) * BioLabels.Count], new Dictionary<uint, int> { [7u] = 0 }, weights);

        // When the table is built / Then it refuses rather than rounding the score
        var build = () => new JointWeights(model, null);
        build.Should().Throw<ArgumentException>();
    }
}
