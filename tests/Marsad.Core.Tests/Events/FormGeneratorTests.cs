using Marsad.Core.Events;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Events;

public sealed class FormGeneratorTests
{
    public sealed class Expand
    {
        [Theory]
        // spec, a form it must yield, what that form is
        [InlineData("v:التقى/لتقي", "التقى", WordForm.Past)]      // defective past
        [InlineData("v:التقى/لتقي", "التقت", WordForm.Past)]      // defective past, she: final ى drops
        [InlineData("v:التقى/لتقي", "التقيا", WordForm.Past)]     // defective past, dual
        [InlineData("v:التقى/لتقي", "التقوا", WordForm.Past)]     // defective past, plural
        [InlineData("v:التقى/لتقي", "يلتقي", WordForm.Present)]   // present
        [InlineData("v:التقى/لتقي", "تلتقي", WordForm.Present)]   // present, she
        [InlineData("v:التقى/لتقي", "يلتقون", WordForm.Present)]  // defective present plural: ي drops
        [InlineData("v:التقى/لتقي", "يلتقيان", WordForm.Present)] // present dual
        [InlineData("v:التقى/لتقي", "سيلتقي", WordForm.Future)]   // future prefix س
        [InlineData("v:استقبل/ستقبل", "استقبلوا", WordForm.Past)] // sound past plural
        [InlineData("v:استقبل/ستقبل", "يستقبلون", WordForm.Present)]
        [InlineData("v:استقبل/ستقبل", "ستستقبل", WordForm.Future)]
        [InlineData("v:أدان/دين", "أدانت", WordForm.Past)]        // hamza folded by the normalizer
        [InlineData("p:دعو", "يدعون", WordForm.Present)]          // present-only, final و
        [InlineData("n:زيارة", "زيارة", WordForm.Noun)]           // teh marbuta folded
        [InlineData("w:قيل", "قيل", WordForm.Word)]               // irregular passive listed as is
        public void Should_yield_the_normalized_conjugations_of_a_stem(string spec, string form, WordForm kind)
        {
            // When the specification is expanded
            var forms = FormGenerator.Expand(spec);

            // Then the form is there, normalized, as the expected kind
            forms.Should().Contain((ArabicNormalizer.Normalize(form), kind));
        }

        [Fact]
        public void Should_not_make_a_dual_past_of_a_three_letter_stem()
        {
            // Given a three-letter verb whose dual would read like an accusative noun (فجرا "at dawn")
            var forms = FormGenerator.Expand("v:فجر/فجر").Select(f => f.Form);

            // Then the dual is left out but the other persons are there
            forms.Should().NotContain("فجرا").And.Contain("فجروا").And.Contain("يفجر");
        }

        [Fact]
        public void Should_make_the_jussive_of_a_defective_stem_but_not_in_the_first_person_singular()
        {
            // Given a verb whose jussive drops its last letter (لم ينهِ)
            var forms = FormGenerator.Expand("v:أنهى/نهي").Select(f => f.Form).ToList();

            // Then the third persons' and ours are there, but not أنهِ, written like the particle أنه
            forms.Should().Contain("ينه").And.Contain("تنه").And.Contain("ننه").And.Contain("انهي");
            forms.Should().NotContain("انه").And.NotContain("سانه");
        }

        [Fact]
        public void Should_give_each_form_once_and_every_form_normalized()
        {
            var forms = FormGenerator.Expand("v:أعلن/علن n:إعلان v:أعلن/علن");

            forms.Select(f => f.Form).Should().OnlyHaveUniqueItems().And.OnlyContain(f => ArabicNormalizer.IsNormalized(f));
        }

        [Theory]
        // a malformed specification
        [InlineData("x:قصف")]        // unknown item kind
        [InlineData("v:قصف")]        // verb without present stem
        [InlineData("n:ب")]          // one letter
        [InlineData("n:attack")]     // not Arabic
        public void Should_reject_a_malformed_item(string spec)
        {
            var act = () => FormGenerator.Expand(spec);

            act.Should().Throw<FormatException>();
        }
    }
}
