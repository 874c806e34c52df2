using Marsad.Core.Events;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Events;

public sealed class TriggerLexiconTests
{
    private const string Cues = "negation\tw:لم\tnot\n";

    private static TriggerLexicon LoadTriggers(string lines) =>
        TriggerLexicon.Load(new StringReader(lines), "t.tsv", new StringReader(Cues), "c.tsv", CameoCodes.Default);

    public sealed class Default
    {
        [Fact]
        public void Should_have_triggers_for_every_plover_type()
        {
            // Given the embedded lexicon
            var entries = TriggerLexicon.Default.Entries;

            // Then each of the sixteen types has several lemmas
            foreach (var type in Enum.GetValues<PloverType>())
            {
                entries.Count(e => e.Plover == type).Should().BeGreaterThanOrEqualTo(3, $"{type} needs triggers");
            }
        }

        [Theory]
        // a form as the tokenizer yields it (normalized), and the CAMEO code of its bare entry
        [InlineData("التقى", "040")]   // past
        [InlineData("يلتقي", "040")]   // present
        [InlineData("التقيا", "040")]  // dual
        [InlineData("سيلتقي", "040")]  // future
        [InlineData("تلتقي", "040")]   // present, feminine
        [InlineData("التقوا", "040")]  // plural
        [InlineData("لقاء", "040")]    // verbal noun
        [InlineData("اجتماع", "040")]  // verbal noun
        [InlineData("زيارة", "042")]   // verbal noun, teh marbuta
        [InlineData("اتهام", "112")]   // verbal noun
        [InlineData("قصف", "190")]     // verb and noun alike
        [InlineData("غارات", "195")]   // plural noun
        [InlineData("رفض", "120")]     // verb and noun alike
        public void Should_hold_every_conjugation_and_the_verbal_nouns(string form, string cameo)
        {
            var hits = TriggerLexicon.Default.Lookup(ArabicNormalizer.Normalize(form)).ToArray();

            hits.Should().Contain(h => h.Entry.Code.Code == cameo && h.Entry.Companions.Count == 0);
        }

        [Fact]
        public void Should_record_target_prepositions_and_direct_objects()
        {
            var meet = TriggerLexicon.Default.Lookup("اجتمع").ToArray().Single().Entry;
            var bomb = TriggerLexicon.Default.Lookup("قصف").ToArray().First(h => h.Entry.Companions.Count == 0).Entry;

            meet.TargetPrepositions.Should().Contain("مع");
            meet.TargetIsObject.Should().BeFalse();
            bomb.TargetIsObject.Should().BeTrue();
        }

        [Theory]
        // a cue word and its kind
        [InlineData("قال", CueKind.Reporting)]
        [InlineData("أكد", CueKind.Reporting)]
        [InlineData("أعلن", CueKind.Reporting)]
        [InlineData("أوضح", CueKind.Reporting)]
        [InlineData("حذر", CueKind.Reporting)] // also a THREATEN trigger
        [InlineData("لن", CueKind.Negation)]
        [InlineData("عدم", CueKind.Negation)]
        [InlineData("نفى", CueKind.Denial)]
        [InlineData("يعتزم", CueKind.Intent)]
        [InlineData("ينوي", CueKind.Intent)]
        [InlineData("سوف", CueKind.Future)]
        [InlineData("ربما", CueKind.Possible)]
        [InlineData("لو", CueKind.Hypothetical)]
        [InlineData("يزال", CueKind.Continuative)]
        [InlineData("إذ", CueKind.Condition)]
        [InlineData("لولا", CueKind.Condition)]
        public void Should_know_the_cue_words(string word, CueKind kind)
        {
            TriggerLexicon.Default.IsCue(ArabicNormalizer.Normalize(word), kind).Should().BeTrue();
        }

        [Fact]
        public void Should_confirm_a_hypothetical_only_with_a_condition_not_with_a_bare_حال()
        {
            // حال is a hypothetical cue for the finder but confirms a condition only after في (ModeReader): alone it is "state".
            TriggerLexicon.Default.IsCue(ArabicNormalizer.Normalize("حال"), CueKind.Hypothetical).Should().BeTrue();
            TriggerLexicon.Default.IsCue(ArabicNormalizer.Normalize("حال"), CueKind.Condition).Should().BeFalse();
        }
    }

    public sealed class Load
    {
        [Theory]
        // a malformed trigger line and the words its error must contain
        [InlineData("قصف\t190\tobj\t-\tv:قصف/قصف", "6 tab-separated")]             // gloss missing
        [InlineData("قصف\t999\tobj\t-\tv:قصف/قصف\tbomb", "not a CAMEO code")]      // unknown code
        [InlineData("قصف\t190\tmaybe\t-\tv:قصف/قصف\tbomb", "target")]               // bad target
        [InlineData("قصف\t190\tobj\t-\tv:قصف\tbomb", "present stem")]               // bad form
        [InlineData("bomb\t190\tobj\t-\tv:قصف/قصف\tbomb", "not an Arabic word")]     // lemma not Arabic
        public void Should_name_file_and_line_of_a_malformed_entry(string line, string reason)
        {
            // Given a lexicon whose third line is malformed
            var text = "# comment\nهاجم\t190\tobj\t-\tv:هاجم/هاجم\tattack\n" + line + "\n";

            // When it is loaded
            var act = () => LoadTriggers(text);

            // Then the error names the file, the line and the reason
            act.Should().Throw<EventResourceException>().WithMessage($"t.tsv:3:*{reason}*");
        }

        [Fact]
        public void Should_name_the_line_of_an_unknown_cue_kind()
        {
            var act = () => TriggerLexicon.Load(
                new StringReader("هاجم\t190\tobj\t-\tv:هاجم/هاجم\tattack\n"), "t.tsv",
                new StringReader("negation\tw:لم\tnot\nmaybe\tw:ربما\tperhaps\n"), "c.tsv", CameoCodes.Default);

            act.Should().Throw<EventResourceException>().WithMessage("c.tsv:2:*cue kind*");
        }

        [Fact]
        public void Should_keep_the_entries_in_file_order_with_their_lines()
        {
            var lexicon = LoadTriggers("هاجم\t190\tobj\t-\tv:هاجم/هاجم\tattack\n\nفرض\t163\tعلى\tعقوبات\tv:فرض/فرض\tsanction\n");

            lexicon.Entries.Select(e => (e.Lemma, e.Line)).Should().Equal(("هاجم", 1), ("فرض", 3));
            lexicon.Entries[1].Companions.Should().Equal("عقوبات");
            lexicon.Entries[1].TargetPrepositions.Should().Equal("علي");
        }

        [Fact]
        public void Should_read_a_star_before_the_companions_as_a_new_subject_row()
        {
            // Given a row whose companions open with * and one without
            var lexicon = LoadTriggers("رفع\t141\t-\t*متظاهرون|محتجون\tw:رفع\tbanners\nفرض\t163\tعلى\tعقوبات\tv:فرض/فرض\tsanction\n");

            // Then the first is a new-subject row with the star left out of its companions, the second is not
            lexicon.Entries[0].NewSubject.Should().BeTrue();
            lexicon.Entries[0].Companions.Should().Equal("متظاهرون", "محتجون");
            lexicon.Entries[1].NewSubject.Should().BeFalse();
        }
    }
}
