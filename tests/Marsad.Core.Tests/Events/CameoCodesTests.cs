using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

public sealed class CameoCodesTests
{
    public sealed class Get
    {
        [Theory]
        // code, plover, quad class, goldstein, mode
        [InlineData("043", PloverType.Consult, 1, 2.8, "visit")]   // host a visit
        [InlineData("0841", PloverType.Retreat, 2, 7.0, "release")] // release persons
        [InlineData("163", PloverType.Coerce, 4, -8.0, "restrict")] // sanctions are COERCE in the 2021 table
        [InlineData("195", PloverType.Assault, 4, -10.0, "heavy-weapons")]
        [InlineData("111", PloverType.Accuse, 3, -2.0, "disapprove")]
        public void Should_give_name_weight_quad_class_plover_type_and_mode(string code, PloverType plover, int quad, double goldstein, string mode)
        {
            // Given the embedded table
            var table = CameoCodes.Default;

            // When a code is looked up
            var found = table.Get(code);

            // Then every column is as in the sources
            found.Code.Should().Be(code);
            found.Plover.Should().Be(plover);
            found.QuadClass.Should().Be(quad);
            found.Goldstein.Should().Be(goldstein);
            found.Mode.Should().Be(mode);
            found.Name.Should().NotBeNullOrWhiteSpace();
        }

        [Fact]
        public void Should_throw_for_an_unknown_code()
        {
            var act = () => CameoCodes.Default.Get("999");

            act.Should().Throw<KeyNotFoundException>().WithMessage("*999*");
        }
    }

    public sealed class Default
    {
        [Fact]
        public void Should_hold_every_code_of_the_cameo_table_with_a_quad_class_matching_its_root()
        {
            // Given the embedded table
            var all = CameoCodes.Default.All;

            // Then it holds the 310 GDELT codes, each quad class following its root
            all.Should().HaveCount(310);
            all.Should().OnlyContain(c => c.QuadClass == CameoCodes.QuadClassOf(int.Parse(c.Root, System.Globalization.CultureInfo.InvariantCulture)));
            all.Should().OnlyContain(c => c.Goldstein >= -10 && c.Goldstein <= 10);
        }

        [Fact]
        public void Should_map_appeals_to_request_and_leave_statements_without_plover_type()
        {
            var codes = CameoCodes.Default.All;

            codes.Where(c => c.Root == "02").Should().OnlyContain(c => c.Plover == PloverType.Request);
            codes.Where(c => c.Root == "01").Should().OnlyContain(c => c.Plover == null);
            codes.Where(c => c.Root is not ("01" or "02")).Should().OnlyContain(c => c.Plover != null);
        }

        [Fact]
        public void Should_cover_every_plover_type()
        {
            var types = CameoCodes.Default.All.Select(c => c.Plover).OfType<PloverType>().ToHashSet();

            types.Should().BeEquivalentTo(Enum.GetValues<PloverType>());
        }

        [SkippableFact]
        public void Should_match_the_shared_cameo_source_when_present()
        {
            // Given the GDELT code list the table was generated from
            var path = Marsad.Testing.SharedData.PathOrSkip("cameo/CAMEO.eventcodes.txt");
            var source = File.ReadLines(path).Skip(1).Select(l => l.Split('\t')[0]).ToList();

            // Then the embedded table has exactly its codes, in its order
            CameoCodes.Default.All.Select(c => c.Code).Should().Equal(source);
        }
    }

    public sealed class Load
    {
        [Theory]
        // a malformed line and the words its error must contain
        [InlineData("043\t1\t2.8\tCONSULT\tvisit\t-", "7 tab-separated")]        // a field missing
        [InlineData("43a\t1\t2.8\tCONSULT\t-\t-\tHost", "not a CAMEO code")]    // not digits
        [InlineData("043\t2\t2.8\tCONSULT\t-\t-\tHost", "quad class")]          // quad class off its root
        [InlineData("043\t1\tlots\tCONSULT\t-\t-\tHost", "Goldstein")]          // weight not a number
        [InlineData("043\t1\t2.8\tMEET\t-\t-\tHost", "PLOVER")]                 // unknown type
        [InlineData("213\t3\t2.8\t-\t-\t-\tHost", "root 21")]                    // root out of range
        public void Should_name_file_and_line_of_a_malformed_row(string row, string reason)
        {
            // Given a table whose third line is malformed
            var text = "# header\n040\t1\t1.0\tCONSULT\t-\t-\tConsult\n" + row + "\n";

            // When it is loaded
            var act = () => CameoCodes.Load(new StringReader(text), "codes.tsv");

            // Then the error names the file, the line and the reason
            act.Should().Throw<EventResourceException>()
                .Where(e => e.File == "codes.tsv" && e.Line == 3)
                .WithMessage($"codes.tsv:3:*{reason}*");
        }

        [Fact]
        public void Should_reject_a_repeated_code()
        {
            var text = "040\t1\t1.0\tCONSULT\t-\t-\tConsult\n040\t1\t1.0\tCONSULT\t-\t-\tConsult\n";

            var act = () => CameoCodes.Load(new StringReader(text), "codes.tsv");

            act.Should().Throw<EventResourceException>().WithMessage("codes.tsv:2:*twice*");
        }
    }
}
