using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;
using SharpStack.Image.Tests.Import;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Data;

public sealed class HashingAlgorithmTests(HashingAlgorithmTests.Server server) : IClassFixture<HashingAlgorithmTests.Server>
{
    private static readonly byte[] Data = DataImages.RandomBytes((1024 * 1024) + 777);
    private static readonly string Sha256Hex = Convert.ToHexStringLower(SHA256.HashData(Data));

    [Fact]
    public async Task Upload_Sha256Configured_ShowsSha256DigestAndMd5Checksum()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        using var response = await server.UploadAsync(id, Persona.ProjectMember, Data);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var image = await ShowAsync(id);
        Assert.Equal("sha256", image.GetProperty("os_hash_algo").GetString());
        Assert.Equal(Sha256Hex, image.GetProperty("os_hash_value").GetString());
        Assert.Equal(DataImages.Md5Hex(Data), image.GetProperty("checksum").GetString());
    }

    [Fact]
    public async Task GlanceDirect_Sha256Configured_ActivatesWithSha256Digest()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        (await server.PutDataAsync($"/v2/images/{id}/stage", Persona.ProjectMember, new ByteArrayContent(Data))).Dispose();

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember, """{"method": {"name": "glance-direct"}}""");

        Assert.Equal(HttpStatusCode.Accepted, status);
        await server.WaitForAsync(id, i => i.Status == ImageStatus.Active);
        var image = await ShowAsync(id);
        Assert.Equal("sha256", image.GetProperty("os_hash_algo").GetString());
        Assert.Equal(Sha256Hex, image.GetProperty("os_hash_value").GetString());
    }

    [Fact]
    public async Task WebDownload_Sha256Configured_ActivatesWithSha256Digest()
    {
        await using var source = await LocalHttpSource.StartAsync(Data);
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember,
            JsonSerializer.Serialize(new { method = new { name = "web-download", uri = source.ImageUri.AbsoluteUri } }));

        Assert.Equal(HttpStatusCode.Accepted, status);
        await server.WaitForAsync(id, i => i.Status == ImageStatus.Active);
        var image = await ShowAsync(id);
        Assert.Equal("sha256", image.GetProperty("os_hash_algo").GetString());
        Assert.Equal(Sha256Hex, image.GetProperty("os_hash_value").GetString());
    }

    [Fact]
    public async Task CopyImage_ImageHashedEarlierWithSha512_KeepsItsSha512()
    {
        var id = await UploadHashedEarlierWithSha512Async();

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.CloudAdmin, """{"method": {"name": "copy-image"}, "stores": ["cheap"]}""");

        Assert.Equal(HttpStatusCode.Accepted, status);
        await server.WaitForAsync(id, i => i.Locations.Count == 2 && !i.Properties.Any(p => p.Name == "os_glance_import_task"));
        var image = await ShowAsync(id);
        Assert.Equal("sha512", image.GetProperty("os_hash_algo").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(Data)), image.GetProperty("os_hash_value").GetString());
        Assert.Equal(Data, await File.ReadAllBytesAsync(Path.Combine(server.StoreFolder("cheap"), id)));
    }

    [Fact]
    public async Task CopyImage_DataNoLongerMatchingItsOwnSha512_FailsOnOsHashValueAndCopiesNothing()
    {
        var id = await UploadHashedEarlierWithSha512Async();
        var altered = (byte[])Data.Clone();
        altered[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(Path.Combine(server.StoreFolder("fast"), id), altered);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.CloudAdmin, """{"method": {"name": "copy-image"}, "stores": ["cheap"]}""");

        Assert.Equal(HttpStatusCode.Accepted, status);
        var task = await WaitForTaskAsync(id, "failure");
        Assert.Equal("os_hash_value of uploaded data is different from current value set on the image.", task.GetProperty("message").GetString());
        var image = await server.WaitForAsync(id, i => !i.Properties.Any(p => p.Name == "os_glance_import_task"));
        Assert.Equal("fast", Assert.Single(image.Locations).StoreId);
        Assert.Equal("cheap", image.Properties.Single(p => p.Name == "os_glance_failed_import").Value);
        Assert.False(File.Exists(Path.Combine(server.StoreFolder("cheap"), id)));
    }

    /// <summary>Uploads <see cref="Data"/>, then records the hash an earlier <c>hashing_algorithm = sha512</c> would have.</summary>
    private async Task<string> UploadHashedEarlierWithSha512Async()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        (await server.UploadAsync(id, Persona.ProjectMember, Data)).Dispose();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        var image = await db.Images.FindAsync(id) ?? throw new InvalidOperationException("The uploaded image is gone.");
        image.OsHashAlgo = "sha512";
        image.OsHashValue = Convert.ToHexStringLower(SHA512.HashData(Data));
        await db.SaveChangesAsync();
        return id;
    }

    private async Task<JsonElement> ShowAsync(string id)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    private async Task<JsonElement> WaitForTaskAsync(string imageId, string status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var (_, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{imageId}/tasks", Persona.CloudAdmin);
            var task = body.GetProperty("tasks").EnumerateArray().FirstOrDefault();
            if (task.ValueKind == JsonValueKind.Object && task.GetProperty("status").GetString() == status)
            {
                return task;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>An Image API hashing with sha256, with two file stores (fast, the default, and cheap) and web-download from 127.0.0.1.</summary>
    public sealed class Server : ImageServer
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [
            .. base.Settings(),
            new("DEFAULT:hashing_algorithm", "sha256"),
            new("DEFAULT:enabled_backends", "fast:file, cheap:file"),
            new("glance_store:default_backend", "fast"),
            new("import_filtering_opts:allowed_hosts", "127.0.0.1"),
            new("import_filtering_opts:allowed_ports", ""),
        ];
    }
}
