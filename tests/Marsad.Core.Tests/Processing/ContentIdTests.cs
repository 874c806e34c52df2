using System.IO.Hashing;
using System.Text;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Processing;

/// <summary>
/// <see cref="Pipeline.ContentId"/> writes the normalized, whitespace-collapsed text into pooled buffers; ids are keys
/// in existing stores, so it must give exactly the id of the plain definition (normalize, split on whitespace, join
/// with one space, hash the UTF-8 bytes).
/// </summary>
public sealed class ContentIdTests
{
    private static string Reference(string text)
    {
        var normalized = string.Join(' ', ArabicNormalizer.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(normalized)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("أعلنت الوزارة اليوم   عن خطة جديدة\n\nلدعم المزارعين في الجنوب.")]
    [InlineData("  قالَ المتحدثُ إنّ «الاجتماع» سيُعقد غداً\u00A0في عمّان\u2003")]
    [InlineData("Mixed النص with English and 123 أرقام ١٢٣\r\n")]
    [InlineData("سطر\u2028آخر\u0085ثالث")]
    public void Equals_the_plain_definition(string text) => Assert.Equal(Reference(text), Pipeline.ContentId(text));

    [Fact]
    public void Equals_the_plain_definition_on_random_texts()
    {
        // Letters with diacritics, alef and yeh variants, tatweel, spaces of several kinds and a lone surrogate.
        const string Alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئـًٌٍَُِّْ ٠١٢abc. ،\n\t\u00A0\u200F\u2009\uD800";
        var random = new Random(20261124);
        for (var n = 0; n < 500; n++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }
            var text = new string(chars);
            Assert.Equal(Reference(text), Pipeline.ContentId(text));
        }
    }

    [Fact]
    public void Ignores_how_words_are_spaced_but_not_the_words()
    {
        Assert.Equal(Pipeline.ContentId("زار الوزير بغداد"), Pipeline.ContentId("  زار\n الوزير\t\tبغداد "));
        Assert.NotEqual(Pipeline.ContentId("زار الوزير بغداد"), Pipeline.ContentId("زار الوزير عمان"));
    }
}
