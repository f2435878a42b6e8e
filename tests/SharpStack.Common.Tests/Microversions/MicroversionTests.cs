using SharpStack.Common.Microversions;

namespace SharpStack.Common.Tests.Microversions;

public sealed class MicroversionTests
{
    [Theory]
    [InlineData("2.1", 2, 1)]
    [InlineData("2.95", 2, 95)]
    [InlineData("3.0", 3, 0)]
    public void TryParse_Valid_Parses(string text, int major, int minor)
    {
        Assert.True(Microversion.TryParse(text, out var version));
        Assert.Equal(new Microversion(major, minor), version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("2.")]
    [InlineData("2.01")]
    [InlineData("0.1")]
    [InlineData("-2.1")]
    [InlineData("2.1.1")]
    [InlineData("latest")]
    [InlineData(" 2.1")]
    public void TryParse_Malformed_Fails(string text) => Assert.False(Microversion.TryParse(text, out _));

    [Fact]
    public void CompareTo_MinorIsNumeric_Not_Lexical()
    {
        Assert.True(Microversion.Parse("2.10") > Microversion.Parse("2.9"));
        Assert.True(Microversion.Parse("2.61").IsAtLeast("2.61"));
        Assert.False(Microversion.Parse("2.60").IsAtLeast("2.61"));
    }
}
