using System.Text;
using SharpStack.Hosting.Versions;

namespace SharpStack.Hosting.Tests.Hardening;

public sealed class PublicLocationTests
{
    [Theory]
    [InlineData("é", "%C3%A9")]
    [InlineData("🙂", "%F0%9F%99%82")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("50% off?#", "50%25%20off%3F%23")]
    [InlineData("line\r\nbreak", "line%0D%0Abreak")]
    public void Build_SegmentNeedingEscapes_PercentEncodedAscii(string segment, string encoded)
    {
        var location = PublicLocation.Build(new Uri("http://127.0.0.1:9292/"), "v2", "metadefs", "namespaces", segment);

        Assert.Equal($"http://127.0.0.1:9292/v2/metadefs/namespaces/{encoded}", location);
    }

    [Fact]
    public void Build_BaseWithPath_KeepsIt()
    {
        Assert.Equal("https://cloud.example.com/identity/v3/projects/p", PublicLocation.Build(new Uri("https://cloud.example.com/identity/"), "v3", "projects", "p"));
    }

    [Fact]
    public void Build_InternationalizedHost_PunycodeAndAscii()
    {
        var location = PublicLocation.Build(new Uri("http://bücher.example/images/"), "v2", "images", "é");

        Assert.True(Ascii.IsValid(location), location);
        Assert.Equal("http://xn--bcher-kva.example/images/v2/images/%C3%A9", location);
    }
}
