using System.Net;
using SharpStack.Image.Domain;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests.Data;

public sealed class SizeCapTests(SizeCapServer server) : IClassFixture<SizeCapServer>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Upload_LargerThanImageSizeCap_Answers413AndRemovesPartialData(bool chunked)
    {
        var id = await server.SeedAsync(ImagePersona.MemberA);

        using var response = await server.UploadAsync(id, ImagePersona.MemberA, DataImages.RandomBytes((3 * SizeCapServer.Cap) + 1), chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The incoming image is too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var image = await server.ReadAsync(id);
        Assert.Equal(ImageStatus.Queued, image.Status);
        Assert.Empty(image.Locations);
        Assert.False(File.Exists(Path.Combine(server.StoreFolder(), id)));
        Assert.Empty(Directory.Exists(server.StoreFolder()) ? Directory.GetFiles(server.StoreFolder(), "*.partial") : []);
    }

    [Fact]
    public async Task Upload_ExactlyTheCap_IsAccepted()
    {
        var id = await server.SeedAsync(ImagePersona.MemberA);

        using var response = await server.UploadAsync(id, ImagePersona.MemberA, DataImages.RandomBytes(SizeCapServer.Cap), chunked: true);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(SizeCapServer.Cap, (await server.ReadAsync(id)).Size);
    }
}
