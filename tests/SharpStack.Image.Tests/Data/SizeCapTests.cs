using System.Net;
using SharpStack.Image.Domain;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Data;

public sealed class SizeCapTests(SizeCapTests.Server server) : IClassFixture<SizeCapTests.Server>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Upload_LargerThanImageSizeCap_Answers413AndRemovesPartialData(bool chunked)
    {
        var id = await server.SeedAsync(Persona.ProjectMember);

        using var response = await server.UploadAsync(id, Persona.ProjectMember, DataImages.RandomBytes((3 * Server.Cap) + 1), chunked);

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
        var id = await server.SeedAsync(Persona.ProjectMember);

        using var response = await server.UploadAsync(id, Persona.ProjectMember, DataImages.RandomBytes(Server.Cap), chunked: true);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Server.Cap, (await server.ReadAsync(id)).Size);
    }

    /// <summary>An Image API whose <c>image_size_cap</c> is 1 MiB.</summary>
    public sealed class Server : ImageServer
    {
        public const int Cap = 1024 * 1024;

        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            [.. base.Settings(), new("DEFAULT:image_size_cap", Cap.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }
}
