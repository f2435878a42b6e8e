using SharpStack.Common.Faults;
using SharpStack.Common.Microversions;

namespace SharpStack.Common.Tests.Microversions;

public sealed class MicroversionNegotiatorTests
{
    private static readonly MicroversionOptions Compute = MicroversionOptions.Compute(new Microversion(2, 95));

    [Fact]
    public void Negotiate_NoHeaders_ReturnsMinimum() =>
        Assert.Equal(new Microversion(2, 1), MicroversionNegotiator.Negotiate(Compute, [], null));

    [Fact]
    public void Negotiate_Latest_ReturnsMaximum() =>
        Assert.Equal(new Microversion(2, 95), MicroversionNegotiator.Negotiate(Compute, ["compute latest"], null));

    [Fact]
    public void Negotiate_OtherServicesListed_PicksOwn() =>
        Assert.Equal(new Microversion(2, 61), MicroversionNegotiator.Negotiate(Compute, ["placement 1.20, compute 2.61"], null));

    [Fact]
    public void Negotiate_LegacyOnly_UsesLegacy() =>
        Assert.Equal(new Microversion(2, 10), MicroversionNegotiator.Negotiate(Compute, [], "2.10"));

    [Fact]
    public void Negotiate_BothHeaders_NewWins() =>
        Assert.Equal(new Microversion(2, 61), MicroversionNegotiator.Negotiate(Compute, ["compute 2.61"], "2.1"));

    [Fact]
    public void Negotiate_OtherServiceOnly_ReturnsMinimum() =>
        Assert.Equal(new Microversion(2, 1), MicroversionNegotiator.Negotiate(Compute, ["volume 3.60"], null));

    [Fact]
    public void Negotiate_OutOfRange_ThrowsNotAcceptableWithRange()
    {
        var exception = Assert.Throws<NotAcceptableException>(() => MicroversionNegotiator.Negotiate(Compute, ["compute 3.0"], null));

        Assert.Equal("Version 3.0 is not supported by the API. Minimum is 2.1 and maximum is 2.95.", exception.Message);
        Assert.Equal(406, exception.StatusCode);
    }

    [Fact]
    public void Negotiate_Malformed_ThrowsBadRequest()
    {
        var exception = Assert.Throws<BadRequestException>(() => MicroversionNegotiator.Negotiate(Compute, ["compute 2.x"], null));

        Assert.Equal("API Version String 2.x is of invalid format. Must be of format MajorNum.MinorNum.", exception.Message);
    }

    [Fact]
    public void Negotiate_VolumeHasNoLegacyHeader_IgnoresLegacy()
    {
        var volume = MicroversionOptions.Volume(new Microversion(3, 70));

        Assert.Equal(new Microversion(3, 0), MicroversionNegotiator.Negotiate(volume, [], "3.60"));
        Assert.Equal(new Microversion(3, 60), MicroversionNegotiator.Negotiate(volume, ["volume 3.60"], null));
    }
}
