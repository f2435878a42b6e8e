using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Data;

public sealed class HashingAlgorithmDefaultTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task Upload_NoHashingAlgorithmConfigured_ShowsSha512Digest()
    {
        var data = DataImages.RandomBytes(4096);
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        using var response = await server.UploadAsync(id, Persona.ProjectMember, data);
        var (status, image, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("sha512", image.GetProperty("os_hash_algo").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(data)), image.GetProperty("os_hash_value").GetString());
        Assert.Equal(DataImages.Md5Hex(data), image.GetProperty("checksum").GetString());
    }

    [Theory]
    [InlineData("md5")]
    [InlineData("sha3_256")]
    [InlineData("")]
    public async Task Start_UnsupportedHashingAlgorithm_FailsNamingTheOption(string algorithm)
    {
        var unsupported = new UnsupportedServer(algorithm);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(unsupported.InitializeAsync);
        await unsupported.DisposeAsync();

        Assert.Equal($"[DEFAULT] hashing_algorithm '{algorithm}' is not supported; use one of sha256, sha384, sha512.", Assert.Single(error.Failures));
    }

    private sealed class UnsupportedServer(string algorithm) : ImageServer
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            [.. base.Settings(), new("DEFAULT:hashing_algorithm", algorithm)];
    }
}
