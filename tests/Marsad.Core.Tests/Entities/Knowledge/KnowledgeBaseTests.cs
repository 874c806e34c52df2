using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

public sealed class KnowledgeBaseTests
{
    public sealed class Default
    {
        [Fact]
        public void Should_hold_every_state_with_codes_names_and_a_centroid()
        {
            // Given the built-in knowledge base
            var kb = KnowledgeBase.Default;

            // Then states are found by ISO3 with what the events stage needs
            kb.Countries.Should().HaveCountGreaterThan(240);
            var russia = kb.FindCountry("RUS")!;
            russia.Name.Should().Be("Russia");
            russia.WikidataId.Should().Be("Q159");
            russia.Centroid.Should().NotBeNull();
            russia.CapitalLocation!.Value.Latitude.Should().BeApproximately(55.76, 0.01);
            russia.Demonyms.Should().Contain(["روسي", "الروسية", "الروس"]);
        }

        [SkippableFact]
        public void Should_hold_every_state_of_the_public_country_list()
        {
            // Given the mledoze country list the builder reads
            var path = Marsad.Testing.SharedData.PathOrSkip("mledoze-countries/countries_ar.tsv");
            var iso3 = File.ReadLines(path).Skip(1).Select(l => l.Split('\t')[1]).ToList();

            // Then the derived file is up to date: every state is in the knowledge base
            iso3.Should().OnlyContain(code => KnowledgeBase.Default.FindCountry(code) != null);
        }

        [Fact]
        public void Should_find_actors_by_name_code_and_id()
        {
            var kb = KnowledgeBase.Default;

            kb.FindByName("فلاديمير بوتين").Should().ContainSingle().Which.Id.Should().Be("putin");
            kb.FindByName("قسد").Should().ContainSingle().Which.Code.Should().Be("SYRREB");
            kb.FindByCode("IGOUNO").Should().Contain(a => a.Name == "United Nations");
            kb.FindActor("khamenei")!.WikidataId.Should().Be("Q57336");
            kb.FindByEnglishName("Aleppo").Should().ContainSingle().Which.Location.Should().NotBeNull();
        }

        [Theory]
        [InlineData("منظمة البلدان المصدرة للبترول", "IGOOPC")]
        [InlineData("منظمة الأوبك", "IGOOPC")]
        [InlineData("منظمة الهجرة الدولية", "IGOIOM")]
        [InlineData("قوات حفظ السلام التابعة للأمم المتحدة", "IGOUNO")]
        [InlineData("القبعات الزرق", "IGOUNO")]
        public void Should_find_the_long_names_of_organizations_news_writes(string name, string code)
        {
            // When an organization is named by the long or article-bearing form the press writes (evorg32)
            var found = KnowledgeBase.Default.FindByName(name);

            // Then it is the organization, with its code and no state
            found.Should().ContainSingle().Which.Code.Should().Be(code);
            found[0].Country.Should().BeNull();
        }

        [Theory]
        // one office, successive holders
        [InlineData("President", "IRN", "2021-08-02", "rouhani")]
        [InlineData("President", "IRN", "2021-08-03", "raisi")]
        [InlineData("President", "USA", "2025-02-01", "trump")]
        [InlineData("ForeignMinister", "SAU", "2016-01-01", "jubeir")]
        [InlineData("SecretaryGeneral", "ARL", "2017-01-01", "aboulgheit")]
        public void Should_give_the_holder_of_an_office_on_a_date(string role, string scope, string date, string person)
        {
            var holders = KnowledgeBase.Default.FindHolders(Enum.Parse<RoleKind>(role), scope, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

            holders.Should().ContainSingle().Which.PersonId.Should().Be(person);
        }

        [Fact]
        public void Should_give_a_person_the_code_of_the_office_held_on_the_date()
        {
            var kb = KnowledgeBase.Default;
            var sisi = kb.FindActor("sisi")!;

            kb.CodeOn(sisi, new DateOnly(2016, 1, 1)).Should().Be("EGYGOV");
            kb.CodeOn(sisi, null).Should().Be(sisi.Code);
        }
    }

    public sealed class LoadFrom : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "marsad-kb-" + Guid.NewGuid().ToString("N"));

        public LoadFrom() => Directory.CreateDirectory(_directory);

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Theory]
        // too few fields
        [InlineData("roles.tsv", "putin\tPresident", 2, "at least 4")]
        // a date that is not yyyy-mm-dd
        [InlineData("roles.tsv", "putin\tPresident\tRUS\t2000/05/07", 2, "not a date")]
        // a person the people file does not know
        [InlineData("roles.tsv", "nobody\tPresident\tRUS\t2000-05-07", 2, "unknown person 'nobody'")]
        // an office that is not a RoleKind
        [InlineData("roles.tsv", "putin\tEmperor\tRUS\t2000-05-07", 2, "unknown role 'Emperor'")]
        // a term that ends before it starts
        [InlineData("roles.tsv", "putin\tPresident\tRUS\t2000-05-07\t1999-01-01", 2, "ends")]
        // a scope that is neither a state nor an organization
        [InlineData("roles.tsv", "putin\tPresident\tXYZ\t2000-05-07", 2, "unknown scope 'XYZ'")]
        // a state's envoy without the code of the government that sends him
        [InlineData("roles.tsv", "putin\tEnvoy\tSYR\t2000-05-07", 2, "needs the code")]
        // an envoy sent to an organization rather than a state
        [InlineData("roles.tsv", "putin\tEnvoy\tUN\t2000-05-07\t\tRUSGOV", 2, "must be a state")]
        // a malformed Wikidata id
        [InlineData("people.tsv", "someone\tSomeone\t7747\tRUS\tRUSGOV\tفلان الفلاني", 2, "not a Wikidata id")]
        // a state the countries file does not know
        [InlineData("organizations.tsv", "X\tX org\t\tZZZ\tZZZGOV\tمنظمة ما", 2, "unknown state ZZZ")]
        // a CAMEO code that is not groups of three capitals
        [InlineData("organizations.tsv", "X\tX org\t\t\tIGO-UN\tمنظمة ما", 2, "not a CAMEO code")]
        // an institution whose role is not a CAMEO role code
        [InlineData("institutions.tsv", "مجلس الشورى\tLEGIS\t{0} Shura Council", 2, "not a CAMEO role code")]
        // latitude out of range
        [InlineData("places.tsv", "Nowhere\tGPE\tRUS\t123\t10\t0\tلامكان", 2, "not a coordinate")]
        // an unknown complement in the titles file
        [InlineData("titles.tsv", "الرئيس\tPresident\tgenitive", 2, "unknown complement")]
        // a title nisba for a state the countries file does not know
        [InlineData("excluded-names.tsv", "القمراوي\tZZZ", 2, "state ZZZ of a title nisba")]
        public void Should_name_the_file_and_line_of_an_error(string file, string badLine, int line, string problem)
        {
            // Given a replacement file whose second line is wrong
            File.WriteAllText(Path.Combine(_directory, file), "# a comment line\n" + badLine + "\n");

            // When the knowledge base is loaded from the folder
            var load = () => KnowledgeBase.LoadFrom(_directory);

            // Then the error names the file and the line
            var error = load.Should().Throw<KnowledgeBaseException>().Which;
            error.File.Should().Be(file);
            error.Line.Should().Be(line);
            error.Message.Should().StartWith($"{file}:{line}: ").And.Contain(problem);
        }

        [Fact]
        public void Should_let_a_file_in_the_folder_replace_the_built_in_one()
        {
            // Given a people file with one person and a roles file with one term
            File.WriteAllText(Path.Combine(_directory, "people.tsv"), "zaid\tZaid Example\t\tJOR\tJORGOV\tزيد المثالي\tالمثالي\n");
            File.WriteAllText(Path.Combine(_directory, "roles.tsv"), "zaid\tForeignMinister\tJOR\t2030-01-01\n");
            File.WriteAllText(Path.Combine(_directory, "titles.tsv"), "وزير الخارجية\tForeignMinister\tnisba\t\t1\n");

            // When loaded and used
            var recognizer = new EntityRecognizer(KnowledgeBase.LoadFrom(_directory));
            var mentions = recognizer.Recognize("قال وزير الخارجية الأردني إن المثالي سيزور عمان.", new DateOnly(2031, 1, 1));

            // Then the user's facts are used
            mentions.Should().Contain(m => m.Text == "وزير الخارجية الأردني" && m.Name == "Zaid Example");
            mentions.Should().Contain(m => m.Text == "المثالي" && m.Name == "Zaid Example");
        }
    }
}
