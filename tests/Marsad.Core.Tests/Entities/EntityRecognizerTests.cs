using FsCheck;
using FsCheck.Fluent;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities;

public sealed class EntityRecognizerTests
{
    // The knowledge-base rules alone: the statistical tagger's unknown names are tested in EntityRecognizerTaggerTests.
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    private static EntityMention Single(IReadOnlyList<EntityMention> mentions, string text) =>
        mentions.Should().ContainSingle(m => m.Text == text, $"'{text}' should be one mention").Subject;

    public sealed class Recognize
    {
        [Theory]
        // title + nisba resolved through the role table on the article's date
        [InlineData("صرح الرئيس الروسي للصحفيين بأن الاتفاق قريب.", "2015-06-01", "الرئيس الروسي", "Vladimir Putin", "RUSGOV")]
        [InlineData("صرح الرئيس الروسي للصحفيين بأن الاتفاق قريب.", "2009-06-01", "الرئيس الروسي", "Dmitry Medvedev", "RUSGOV")]
        [InlineData("استقبل الرئيس الإيراني وفدا من رجال الأعمال.", "2022-03-10", "الرئيس الإيراني", "Ebrahim Raisi", "IRNGOV")]
        [InlineData("استقبل الرئيس الإيراني وفدا من رجال الأعمال.", "2016-03-10", "الرئيس الإيراني", "Hassan Rouhani", "IRNGOV")]
        // a feminine nisba agrees with a feminine noun inside the title
        [InlineData("قال المتحدث باسم وزارة الخارجية الروسية إن موعد الجولة لم يحدد.", "2019-01-15", "المتحدث باسم وزارة الخارجية الروسية", "Maria Zakharova", "RUSGOV")]
        // construct title + state name instead of a nisba
        [InlineData("وصل رئيس وزراء إسرائيل إلى واشنطن مساء أمس.", "2012-02-01", "رئيس وزراء إسرائيل", "Benjamin Netanyahu", "ISRGOV")]
        // a title whose state is implied (المرشد الأعلى is Iran's)
        [InlineData("ألقى المرشد الأعلى خطابا أمام حشد كبير.", "2019-01-15", "المرشد الأعلى", "Ali Khamenei", "IRNGOV")]
        // an organization's office
        [InlineData("دعا الأمين العام للأمم المتحدة إلى وقف القتال.", "2012-05-05", "الأمين العام للأمم المتحدة", "Ban Ki-moon", "IGOUNO")]
        // the preposition على after the title, which normalizes like the name علي, names no one else
        [InlineData("وأكد وزير الخارجية الروسي على ضرورة الحل السياسي.", "2016-04-01", "وزير الخارجية الروسي", "Sergey Lavrov", "RUSGOV")]
        public void Should_resolve_a_title_to_the_holder_on_the_article_date(string text, string date, string span, string name, string code)
        {
            // Given a title naming an office and the article's date
            // When the text is recognized
            var mentions = Recognizer.Recognize(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

            // Then the title is a person mention linked to whoever held the office that day
            var mention = Single(mentions, span);
            mention.Type.Should().Be(EntityType.Person);
            mention.Name.Should().Be(name);
            mention.Code.Should().Be(code);
        }

        [Fact]
        public void Should_take_a_name_written_with_ya_after_a_title_as_another_person()
        {
            // Given a title followed by the name علي of someone the knowledge base does not know
            var mentions = Recognizer.Recognize("وقال وزير الخارجية الروسي علي سميرنوف إن المحادثات مستمرة.", new DateOnly(2016, 4, 1));

            // Then the title is not resolved to the minister in office
            mentions.Should().NotContain(m => m.Name == "Sergey Lavrov");
        }

        [Fact]
        public void Should_keep_the_state_but_no_person_when_the_date_is_unknown()
        {
            // Given a title with a nisba and no date
            var mentions = Recognizer.Recognize("قال وزير الخارجية الروسي إن المحادثات مستمرة.", null);

            // Then the state and its government are known, the person is not guessed
            var mention = Single(mentions, "وزير الخارجية الروسي");
            mention.Should().BeEquivalentTo(new { Type = EntityType.Person, Name = (string?)null, Country = "RUS", Code = "RUSGOV" });
        }

        [Fact]
        public void Should_not_resolve_a_former_holder_to_the_one_in_office()
        {
            // Given "the former US president" in 2019
            var mentions = Recognizer.Recognize("انتقد الرئيس الأمريكي السابق سياسة الإدارة.", new DateOnly(2019, 5, 1));

            // Then the mention names the USA but not Trump
            var mention = Single(mentions, "الرئيس الأمريكي السابق");
            mention.Name.Should().BeNull();
            mention.Country.Should().Be("USA");

            // And it is coded as CAMEO codes former officials: the state's elite, not its government
            mention.Code.Should().Be("USAELI");
        }

        [Fact]
        public void Should_not_take_the_sitting_holder_named_earlier_for_the_former_one()
        {
            // Given the sitting Chadian president named, then "the former Chadian president", in 2015
            var mentions = Recognizer.Recognize(
                "استقبل الرئيس إدريس ديبي الوفد. وفي سياق آخر مثل الرئيس التشادي السابق أمام المحكمة.", new DateOnly(2015, 7, 21));

            // Then the former president is not Déby: the mention keeps the state, coded as an elite
            var mention = Single(mentions, "الرئيس التشادي السابق");
            mention.Name.Should().BeNull();
            mention.Code.Should().Be("TCDELI");
        }

        [Fact]
        public void Should_resolve_a_former_title_to_the_former_holder_the_article_named()
        {
            // Given George W. Bush named, then "the former US president", in 2015
            var mentions = Recognizer.Recognize(
                "ألقى جورج بوش كلمة في الجامعة. وقال الرئيس الأمريكي السابق إن الحرب كانت ضرورية.", new DateOnly(2015, 7, 21));

            // Then the title is Bush, coded as he stands that day: out of office, an elite
            var mention = Single(mentions, "الرئيس الأمريكي السابق");
            mention.Name.Should().Be("George W. Bush");
            mention.Code.Should().Be("USAELI");
        }

        [Theory]
        [InlineData("صرح وزير الخارجية الإيراني الأسبق للصحفيين.", "وزير الخارجية الإيراني الأسبق", "IRNELI")]
        [InlineData("أشاد الملك الأردني الراحل بالاتفاق.", "الملك الأردني الراحل", "JORELI")]
        // a president-elect is not yet in office, but is no elite of the past either: the government
        [InlineData("التقى الرئيس الأمريكي المنتخب الوفد.", "الرئيس الأمريكي المنتخب", "USAGOV")]
        public void Should_code_a_former_holder_left_unnamed_as_an_elite(string text, string title, string code)
        {
            // Given a title with a word that moves it off the article's date
            var mentions = Recognizer.Recognize(text, new DateOnly(2019, 5, 1));

            // Then the mention names no one and its code says whether the holder is a former one
            var mention = Single(mentions, title);
            mention.Name.Should().BeNull();
            mention.Code.Should().Be(code);
        }

        [Fact]
        public void Should_never_resolve_a_deputy_to_the_minister()
        {
            // Given a deputy foreign minister
            var mentions = Recognizer.Recognize("أكد نائب وزير الخارجية الروسي الموقف.", new DateOnly(2016, 1, 1));

            // Then one mention covers the whole title, naming the state only
            var mention = Single(mentions, "نائب وزير الخارجية الروسي");
            mention.Name.Should().BeNull();
            mention.Code.Should().Be("RUSGOV");
            mentions.Should().NotContain(m => m.Name == "Sergey Lavrov");
        }

        [Theory]
        // نائب before a title with a fixed state
        [InlineData("بعث نائب خادم الحرمين الشريفين برقية تهنئة.", "نائب خادم الحرمين الشريفين", "SAU")]
        // ولي ولي العهد: the deputy crown prince
        [InlineData("استقبل ولي ولي العهد السعودي الوزير.", "ولي ولي العهد السعودي", "SAU")]
        public void Should_read_a_deputy_before_a_title_as_someone_else(string text, string span, string country)
        {
            // Given a deputy's title in 2015, when the office has a holder
            var mentions = Recognizer.Recognize(text, new DateOnly(2015, 8, 1));

            // Then the mention covers the deputy's title and names only the state
            var mention = Single(mentions, span);
            mention.Name.Should().BeNull();
            mention.Country.Should().Be(country);
        }

        [Theory]
        // a bare title before an unknown given name: another king
        [InlineData("قال سلمان إن الوقت مناسب. وفي عهد الملك فيصل بدأ المشروع.", "الملك", null, "King Salman")]
        // a title with a nisba before an unknown given name: the state, not the minister
        [InlineData("قال وزير الخارجية السعودي خالد للصحفيين إن الجولة انتهت.", "وزير الخارجية السعودي", "SAU", "Adel al-Jubeir")]
        public void Should_not_give_the_title_to_the_holder_when_an_unknown_name_follows(string text, string title, string? country, string wrong)
        {
            var mentions = Recognizer.Recognize(text, new DateOnly(2016, 1, 1));

            mentions.Should().NotContain(m => m.Name == wrong && m.Text.StartsWith(title, StringComparison.Ordinal));
            if (country is not null)
            {
                Single(mentions, title).Country.Should().Be(country);
            }
        }

        [Fact]
        public void Should_not_link_a_father_s_name_inside_a_patronymic_chain()
        {
            // Given a prince whose father and grandfather are a known king's names
            var mentions = Recognizer.Recognize("أوضح الأمير بندر بن عبدالله بن عبدالعزيز أن المؤسسة تعمل.", new DateOnly(2015, 8, 1));

            // Then King Abdullah is not found in the prince's name
            mentions.Should().NotContain(m => m.Name == "King Abdullah of Saudi Arabia");
        }

        [Fact]
        public void Should_link_the_name_after_a_title_and_not_the_title_separately()
        {
            // Given a title, a nisba and a full name
            var text = "التقى الرئيس السوري بشار الأسد وفدا روسيا.";

            // When recognized in 2013
            var mentions = Recognizer.Recognize(text, new DateOnly(2013, 4, 1));

            // Then the name is the mention, linked, with the contract's offsets
            var mention = Single(mentions, "بشار الأسد");
            mention.Name.Should().Be("Bashar al-Assad");
            mention.Id.Should().Be("Q44329");
            text[mention.Start..mention.End].Should().Be("بشار الأسد");
            mentions.Should().NotContain(m => m.Text.Contains("الرئيس", StringComparison.Ordinal));
        }

        [Theory]
        // coordination with the clitic و on a short name
        [InlineData("اتفق بوتين وخامنئي على مواصلة التنسيق.", "Ali Khamenei", "خامنئي")]
        // preposition ل on a state
        [InlineData("قدمت الصين قرضا لروسيا هذا العام.", "Russia", "روسيا")]
        // و then ب stacked on a state
        [InlineData("قال إن الأمر يتعلق بالعراق وبسوريا معا.", "Syria", "سوريا")]
        // لل: ل + the article, on an organization
        [InlineData("وجه رسالة للأمم المتحدة يطالب فيها بالتحقيق.", "United Nations", "أمم المتحدة")]
        public void Should_match_names_behind_proclitics_and_start_after_them(string text, string name, string span)
        {
            // Given a known name with proclitics attached
            // When recognized
            var mentions = Recognizer.Recognize(text, new DateOnly(2015, 1, 1));

            // Then the mention starts after the clitics
            var mention = Single(mentions, span);
            mention.Name.Should().Be(name);
            text[mention.Start..mention.End].Should().Be(span);
        }

        [Fact]
        public void Should_link_each_coordinated_nisba_after_a_dual_title()
        {
            // Given "the Russian and Turkish foreign ministers" in 2017
            var mentions = Recognizer.Recognize("بحث وزيرا الخارجية الروسي والتركي الأزمة.", new DateOnly(2017, 3, 1));

            // Then each nisba yields its own minister
            Single(mentions, "وزيرا الخارجية الروسي").Name.Should().Be("Sergey Lavrov");
            Single(mentions, "التركي").Name.Should().Be("Mevlüt Çavuşoğlu");
        }

        [Fact]
        public void Should_corefer_a_surname_and_a_bare_title_with_the_full_mention()
        {
            // Given a full name, then an ambiguous surname, then a bare title, and no date
            var mentions = Recognizer.Recognize("ألقى بشار الأسد كلمة. وقال الأسد إن الحرب ستنتهي، وأضاف الرئيس أن بلاده صامدة.", null);

            // Then the surname and the title link to the person the article named
            Single(mentions, "الأسد").Name.Should().Be("Bashar al-Assad");
            Single(mentions, "الرئيس").Name.Should().Be("Bashar al-Assad");
        }

        [Theory]
        // a bare title before a nisba of a state the knowledge base does not know (a legendary island:
        // every UN member has its nisba since issue #5)
        [InlineData("تحدث بوتين طويلا. ثم التقى الرئيس الواقواقي الوفد.", "الرئيس")]
        // a former holder, no state named
        [InlineData("تحدث بوتين طويلا. وانتقد الرئيس السابق القرار.", "الرئيس")]
        public void Should_not_corefer_a_bare_title_that_names_someone_else(string text, string title)
        {
            // Given Putin named, then a title that cannot be him
            var mentions = Recognizer.Recognize(text, null);

            // Then the title links to no one
            mentions.Should().NotContain(m => m.Text.StartsWith(title, StringComparison.Ordinal));
        }

        [Fact]
        public void Should_let_a_bare_title_reach_back_only_about_one_article()
        {
            // Given Putin named, then three hundred filler words, then "the president"
            var text = "تحدث بوتين. " + string.Concat(Enumerable.Repeat("كلام ", 300)) + "وقال الرئيس إن ذلك صحيح.";

            // Then the title is too far to refer to him
            Recognizer.Recognize(text, null).Should().NotContain(m => m.Text == "الرئيس");
        }

        [Fact]
        public void Should_not_link_an_ambiguous_surname_without_a_full_mention()
        {
            // Given "الأسد" (also "the lion") with no earlier mention
            var mentions = Recognizer.Recognize("زأر الأسد في حديقة الحيوان.", new DateOnly(2015, 1, 1));

            // Then nothing is linked
            mentions.Should().BeEmpty();
        }

        [Fact]
        public void Should_resolve_a_title_without_date_to_the_holder_the_article_named()
        {
            // Given Putin named first, then "the Russian president", no date
            var mentions = Recognizer.Recognize("أعلن فلاديمير بوتين خطة جديدة. وأوضح الرئيس الروسي تفاصيلها.", null);

            // Then the title is Putin, as the article already said
            Single(mentions, "الرئيس الروسي").Name.Should().Be("Vladimir Putin");
        }

        [Theory]
        // a seat of power stands for the government
        [InlineData("أكد الكرملين أن اللقاء سيعقد قريبا.", "الكرملين", "Russia", "RUSGOV")]
        [InlineData("رفض البيت الأبيض التعليق على التقرير.", "البيت الأبيض", "United States", "USAGOV")]
        // a capital with an agreeing feminine verb before (VSO) or after (SVO) it acts
        [InlineData("أعلنت طهران رفضها للعقوبات.", "طهران", "Iran", "IRNGOV")]
        [InlineData("قال المحلل إن موسكو ترفض أي تدخل.", "موسكو", "Russia", "RUSGOV")]
        // a capital after a preposition is a place
        [InlineData("عقد الاجتماع في موسكو يوم الخميس.", "موسكو", "Moscow", null)]
        [InlineData("وصل الوفد بطهران ظهر اليوم.", "طهران", "Tehran", null)]
        public void Should_read_capitals_and_seats_as_governments_only_when_they_act(string text, string span, string name, string? code)
        {
            var mentions = Recognizer.Recognize(text, new DateOnly(2016, 1, 1));

            var mention = Single(mentions, span);
            mention.Name.Should().Be(name);
            mention.Code.Should().Be(code);
        }

        [Theory]
        // nisba alone, masculine / feminine / broken plural
        [InlineData("أكد الجانب الروسي التزامه.", "الروسي", "Russia", "RUS")]
        [InlineData("نقلت الوكالة الإيرانية الخبر.", "الإيرانية", "Iran", "IRN")]
        [InlineData("قال إن الروس لن ينسحبوا.", "الروس", "Russia", "RUS")]
        // a state body with a nisba
        [InlineData("قصف الجيش السوري مواقع المسلحين.", "الجيش السوري", "Syria armed forces", "SYRMIL")]
        [InlineData("انتقدت المعارضة التركية القرار.", "المعارضة التركية", "Türkiye opposition", "TUROPP")]
        // armed groups by their Arabic names and acronyms
        [InlineData("سيطرت قسد على القرية.", "قسد", "Syrian Democratic Forces", "SYRREB")]
        [InlineData("هاجم تنظيم الدولة الإسلامية البلدة.", "تنظيم الدولة الإسلامية", "Islamic State", "IMG")]
        public void Should_link_nisbas_state_bodies_and_groups(string text, string span, string name, string code)
        {
            var mentions = Recognizer.Recognize(text, new DateOnly(2016, 1, 1));

            var mention = Single(mentions, span);
            mention.Name.Should().Be(name);
            mention.Code.Should().Be(code);
        }

        [Fact]
        public void Should_read_an_indefinite_nisba_after_a_title_as_a_name_not_a_state()
        {
            // Given "Prince Turki" (تركي is also the indefinite "Turkish")
            var mentions = Recognizer.Recognize("استقبل الأمير تركي الوفد.", new DateOnly(2015, 1, 1));

            // Then no Turkish monarch is invented
            mentions.Should().NotContain(m => m.Country == "TUR");
        }

        [Fact]
        public void Should_keep_tagger_candidates_that_overlap_nothing_and_give_them_the_title_state()
        {
            // Given an unknown name after a title with a nisba, proposed by another tagger
            var text = "قال وزير الخارجية الروسي بافل سيدوروف إن الجولة انتهت.";
            var start = text.IndexOf("بافل", StringComparison.Ordinal);
            var candidate = new EntityMention("بافل سيدوروف", start, start + 12, EntityType.Person, null, null, null, null);

            // When recognized with the candidate
            var tokens = Marsad.Core.Entities.Matching.GazetteerTokenizer.Tokenize(text);
            var mentions = Recognizer.Recognize(text, tokens, new DateOnly(2016, 1, 1), [candidate]);

            // Then the candidate is kept with the title's state and the title is not resolved to Lavrov
            Single(mentions, "بافل سيدوروف").Code.Should().Be("RUSGOV");
            mentions.Should().NotContain(m => m.Name == "Sergey Lavrov");
        }

        [Fact]
        public void Should_keep_offsets_on_the_original_text_with_diacritics()
        {
            // Given diacritics on the clitic and on the name
            var text = "وَبُوتِين قالَ ذلك";

            // When recognized
            var mention = Recognizer.Recognize(text, null).Should().ContainSingle().Subject;

            // Then the span skips the clitic and its mark and keeps the name's marks
            mention.Text.Should().Be("بُوتِين");
            text[mention.Start..mention.End].Should().Be("بُوتِين");
        }

        [FsCheck.Xunit.Property]
        public Property Should_give_spans_that_are_the_mention_text_inside_the_article(int[] picks)
        {
            // Given any sequence of known names, clitics, marks and filler words
            string[] pieces = ["بوتين", "و", "ل", "الرئيس", "الروسي", "َ", "،", " ", "موسكو", "ترفض", "قسد", "في", "بشار الأسد", "للأمم المتحدة", "x"];
            var text = string.Concat((picks ?? []).Select(p => pieces[(p & int.MaxValue) % pieces.Length]));

            // When recognized
            var mentions = Recognizer.Recognize(text, new DateOnly(2015, 1, 1));

            // Then every mention's offsets lie inside the text and cover its text, in order
            var ok = mentions.All(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End && text[m.Start..m.End] == m.Text)
                && mentions.Zip(mentions.Skip(1)).All(p => p.First.Start <= p.Second.Start);
            return ok.ToProperty();
        }
    }
}
