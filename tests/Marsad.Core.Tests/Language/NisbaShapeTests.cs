using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

/// <summary>The normalized endings of a nisba: singular ـي، ـيه, and with the plurals ـيين، ـيون.</summary>
public sealed class NisbaShapeTests
{
    [Theory]
    [InlineData("المصري", true, true)]
    [InlineData("السعوديه", true, true)]
    [InlineData("الامريكيين", false, true)]
    [InlineData("العراقيون", false, true)]
    [InlineData("العراق", false, false)]
    [InlineData("اليمن", false, false)]
    public void Should_tell_a_nisbas_ending(string norm, bool singular, bool any)
    {
        NisbaShape.EndsLikeSingular(norm).Should().Be(singular);
        NisbaShape.EndsLikeAny(norm).Should().Be(any);
    }
}
