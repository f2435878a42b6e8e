using System.Net;
using System.Security.Cryptography;
using SharpStack.Image.Domain;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Data;

public sealed class DownloadTests(ImageServer server) : IClassFixture<ImageServer>
{
    private static readonly byte[] Data = DataImages.RandomBytes((2 * 1024 * 1024) + 777);

    [Fact]
    public async Task Download_ActiveImage_StreamsIdenticalBytesWithGlanceHeaders()
    {
        var id = await UploadedImageAsync();

        using var response = await server.DownloadAsync(id, Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Data.Length, response.Content.Headers.ContentLength);
        Assert.Equal(DataImages.Md5Hex(Data), response.Content.Headers.GetValues("Content-MD5").Single());
        Assert.Equal(Data, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("bytes=0-9", 0, 10)]
    [InlineData("bytes=1048570-1048585", 1048570, 16)]
    [InlineData("bytes=2097000-", 2097000, 2097152 + 777 - 2097000)]
    [InlineData("bytes=-100", 2097152 + 777 - 100, 100)]
    public async Task Download_Range_Answers206WithThePart(string range, int offset, int length)
    {
        var id = await UploadedImageAsync();

        using var response = await server.DownloadAsync(id, Persona.ProjectMember, range);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {offset}-{offset + length - 1}/{Data.Length}", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.Equal(Data.AsSpan(offset, length).ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_RangeBeyondTheEnd_Answers416()
    {
        var id = await UploadedImageAsync();

        using var response = await server.DownloadAsync(id, Persona.ProjectMember, $"bytes={Data.Length}-");

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
    }

    [Fact]
    public async Task Download_QueuedImage_Answers204()
    {
        var id = await server.SeedAsync(Persona.ProjectMember);

        using var response = await server.DownloadAsync(id, Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Download_DeactivatedImage_ForbiddenToOwnerButAllowedToAdmin()
    {
        var id = await UploadedImageAsync();
        await using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(server.Services))
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Persistence.ImageDbContext>(scope.ServiceProvider);
            var image = await db.Images.FindAsync(id);
            image!.Status = ImageStatus.Deactivated;
            await db.SaveChangesAsync();
        }

        using var owner = await server.DownloadAsync(id, Persona.ProjectMember);
        using var admin = await server.DownloadAsync(id, Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, owner.StatusCode);
        Assert.Contains("deactivated", await owner.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Download_AnotherProjectsPrivateImage_Answers404()
    {
        var id = await UploadedImageAsync();

        using var response = await server.DownloadAsync(id, Persona.ProjectBMember);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> UploadedImageAsync()
    {
        var id = await server.SeedAsync(Persona.ProjectMember);
        using var response = await server.UploadAsync(id, Persona.ProjectMember, Data);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return id;
    }
}
