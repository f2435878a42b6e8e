using System.Net;
using System.Security.Cryptography;
using SharpStack.Image.Domain;
using SharpStack.Testing.Streams;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Data;

public sealed class UploadTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Upload_ContentLengthOrChunked_StoresDataWithItsHashesAndActivates(bool chunked)
    {
        var id = await server.SeedAsync(Persona.ProjectMember);
        var data = DataImages.RandomBytes((3 * 1024 * 1024) + 12345);

        using var response = await server.UploadAsync(id, Persona.ProjectMember, data, chunked);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var image = await server.ReadAsync(id);
        Assert.Equal(ImageStatus.Active, image.Status);
        Assert.Equal(data.Length, image.Size);
        Assert.Equal(data.Length, image.VirtualSize);
        Assert.Equal(DataImages.Md5Hex(data), image.Checksum);
        Assert.Equal("sha512", image.OsHashAlgo);
        Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(data)), image.OsHashValue);
        var location = Assert.Single(image.Locations);
        Assert.Equal("file", location.StoreId);
        var file = Path.Combine(server.StoreFolder(), id);
        Assert.Equal(new Uri(file).AbsoluteUri, location.Url);
        Assert.Equal(data, await File.ReadAllBytesAsync(file));
        Assert.Empty(Directory.GetFiles(server.StoreFolder(), "*.partial"));
    }

    [Fact]
    public async Task Upload_NotOctetStream_Answers415AndLeavesImageQueued()
    {
        var id = await server.SeedAsync(Persona.ProjectMember);

        using var response = await server.PutDataAsync($"/v2/images/{id}/file", Persona.ProjectMember, new ByteArrayContent([1, 2, 3]), "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(id)).Status);
    }

    [Fact]
    public async Task Upload_ActiveImage_Answers409WithGlanceMessage()
    {
        var id = await server.SeedAsync(Persona.ProjectMember);
        (await server.UploadAsync(id, Persona.ProjectMember, [1, 2, 3])).Dispose();

        using var response = await server.UploadAsync(id, Persona.ProjectMember, [4, 5, 6]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Image status transition from active to saving is not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(server.StoreFolder(), id)));
    }

    [Fact]
    public async Task Upload_AnotherProjectsPrivateImage_Answers404()
    {
        var id = await server.SeedAsync(Persona.ProjectMember);

        using var response = await server.UploadAsync(id, Persona.ProjectBMember, [1]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Upload_ReaderOfTheOwningProject_Answers403()
    {
        var id = await server.SeedAsync(Persona.ProjectMember);

        using var response = await server.UploadAsync(id, Persona.ProjectReader, [1]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(id)).Status);
    }

    [Fact]
    public async Task Upload_UnknownStore_Answers400()
    {
        var id = await server.SeedAsync(Persona.ProjectMember);

        using var response = await server.UploadAsync(id, Persona.ProjectMember, [1], store: "nowhere");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nowhere", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(id)).Status);
    }

    [Fact]
    public async Task Upload_ClientGoesAwayMidStream_LeavesImageQueuedWithoutData()
    {
        var id = await server.SeedAsync(Persona.ProjectMember);
        var data = DataImages.RandomBytes(4 * 1024 * 1024);

        await Assert.ThrowsAnyAsync<Exception>(() =>
            server.PutDataAsync($"/v2/images/{id}/file", Persona.ProjectMember, new StreamContent(new UnknownLengthStream(data, failAfter: 2 * 1024 * 1024))));

        var image = await server.WaitForAsync(id, i => i.Status == ImageStatus.Queued);
        Assert.Null(image.Size);
        Assert.Null(image.Checksum);
        Assert.Empty(image.Locations);
        Assert.False(File.Exists(Path.Combine(server.StoreFolder(), id)));
        Assert.Empty(Directory.GetFiles(server.StoreFolder(), "*.partial"));
    }
}
