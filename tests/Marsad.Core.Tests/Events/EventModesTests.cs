using System.Text.Json;
using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

public sealed class EventModesTests
{
    [Fact]
    public void Should_round_trip_every_mode_through_its_lower_case_name_and_json()
    {
        foreach (var mode in Enum.GetValues<EventMode>())
        {
            var name = mode.ToModeString();
            name.Should().Be(name.ToLowerInvariant());
            EventModes.TryParse(name, out var back).Should().BeTrue();
            back.Should().Be(mode);
            JsonSerializer.Serialize(mode).Should().Be($"\"{name}\"");
        }
    }

    [Theory]
    // not a mode name
    [InlineData("Future")]  // wire names are lower case
    [InlineData("0")]       // an enum number
    [InlineData("soon")]    // unknown
    public void Should_reject_anything_else(string name)
    {
        EventModes.TryParse(name, out _).Should().BeFalse();
    }
}
