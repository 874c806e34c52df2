using System.Text.Json;
using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

public sealed class PloverTypesTests
{
    [Theory]
    // a wire name and its type
    [InlineData("CONSULT", PloverType.Consult)]
    [InlineData("assault", PloverType.Assault)]   // case-insensitive
    [InlineData("COOPERATE", PloverType.Cooperate)]
    public void Should_parse_plover_names(string name, PloverType type)
    {
        PloverTypes.TryParse(name, out var parsed).Should().BeTrue();
        parsed.Should().Be(type);
    }

    [Theory]
    // not a PLOVER name
    [InlineData("3")]        // an enum number
    [InlineData("MEET")]     // unknown
    [InlineData("")]         // empty
    public void Should_reject_anything_else(string name)
    {
        PloverTypes.TryParse(name, out _).Should().BeFalse();
    }

    [Fact]
    public void Should_round_trip_every_type_through_its_name_and_json()
    {
        foreach (var type in Enum.GetValues<PloverType>())
        {
            PloverTypes.TryParse(type.ToName(), out var back).Should().BeTrue();
            back.Should().Be(type);
            JsonSerializer.Serialize(type).Should().Be($"\"{type.ToName()}\"");
        }
    }
}
