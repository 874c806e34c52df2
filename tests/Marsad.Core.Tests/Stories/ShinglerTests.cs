using FsCheck.Xunit;
using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

public sealed class ShinglerTests
{
    [Theory]
    // diacritics (tashkeel) and tatweel do not change words
    [InlineData("قالَ الوزيرُ إنَّ المحادثاتِ مستمرة", "قال الوزير إن المحادثات مستمرة")]
    // hamza forms of alef and teh marbuta are folded
    [InlineData("أكد الرئيس أن القمة ناجحة", "اكد الرئيس ان القمه ناجحه")]
    // Arabic-Indic digits equal Western digits
    [InlineData("قتل ١٢ شخصا في الهجوم الأخير", "قتل 12 شخصا في الهجوم الأخير")]
    // punctuation and spacing do not matter
    [InlineData("وصل الوفد، صباح اليوم، إلى الرياض.", "وصل الوفد صباح اليوم إلى الرياض")]
    public void Should_give_equal_shingles_to_spelling_variants(string a, string b) =>
        Shingler.Shingles(a).Should().Equal(Shingler.Shingles(b));

    [Theory]
    [InlineData("", 0)]
    [InlineData("كلمة", 1)]              // shorter than one shingle: one shingle of all words
    [InlineData("واحد اثنان ثلاثة أربعة خمسة", 2)] // five words: two overlapping shingles
    public void Should_count_shingles(string text, int expected) =>
        Shingler.Shingles(text).Should().HaveCount(expected);

    [Property]
    public bool Should_give_sorted_distinct_shingles_and_jaccard_one_with_itself(string text)
    {
        var s = Shingler.Shingles(text ?? "");
        var sortedDistinct = s.Zip(s.Skip(1)).All(p => p.First < p.Second);
        return sortedDistinct && Shingler.Jaccard(s, s) == 1.0;
    }
}
