using System.Net;
using System.Text.Json;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Tests.Data;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Quotas;

/// <summary>The limits at Glance's enforcement points, over HTTP; each test works in its own persona's project.</summary>
public sealed class QuotaEnforcementApiTests(QuotaServer server) : IClassFixture<QuotaServer>, IAsyncLifetime
{
    private const int MiB = 1024 * 1024;

    public Task InitializeAsync() => server.ResetLimitsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateImage_OverImageCountTotal_Is413AndCreatesNothing()
    {
        await server.Limits.SetProjectLimitAsync(server.Targets.ProjectAId, ImageQuotaResources.ImageCountTotal, 1);
        await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(
            HttpMethod.Post, "/v2/images", Persona.ProjectMember, """{"name": "second", "disk_format": "raw", "container_format": "bare"}""");
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, "/v2/images?name=second", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.StartsWith(
            "The request returned a 413 Request Entity Too Large. This generally means that rate limiting or a quota threshold was breached.\n\nThe response body:\n"
            + $"Project {server.Targets.ProjectAId} is over a limit for [Resource image_count_total is over limit of 1 due to current usage 1 and delta 1]",
            body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("413 Request Entity Too Large", body.GetProperty("code").GetString());
        Assert.Equal(0, list.GetProperty("images").GetArrayLength());
    }

    [Fact]
    public async Task Upload_StreamOfUnknownSize_MayEndOverTheLimitOnce_ThenIs413AndTheImageStaysQueued()
    {
        await server.Limits.SetProjectLimitAsync(server.Targets.ProjectBId, ImageQuotaResources.ImageSizeTotal, 1);
        var first = await server.CreateImageAsync(Persona.ProjectBMember);
        var second = await server.CreateImageAsync(Persona.ProjectBMember);

        using var accepted = await server.UploadAsync(first, Persona.ProjectBMember, new byte[2 * MiB], chunked: true);
        using var refused = await server.UploadAsync(second, Persona.ProjectBMember, new byte[10], chunked: true);
        var (_, image, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{second}", Persona.ProjectBMember);

        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("image_size_total is over limit of 1 due to current usage 2 and delta 0", await MessageAsync(refused), StringComparison.Ordinal);
        Assert.Equal("queued", image.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Upload_DeclaredSizeOverTheLimit_Is413BeforeAnyData()
    {
        await server.Limits.SetProjectLimitAsync(server.Targets.ProjectCId, ImageQuotaResources.ImageSizeTotal, 1);
        var id = await server.CreateImageAsync(Persona.ProjectCMember);

        using var declared = await server.UploadAsync(id, Persona.ProjectCMember, new byte[2 * MiB]);
        var (_, image, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectCMember);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Contains("image_size_total is over limit of 1 due to current usage 0 and delta 2", await MessageAsync(declared), StringComparison.Ordinal);
        Assert.Equal("queued", image.GetProperty("status").GetString());
    }

    [Fact]
    public async Task StageAndUpload_OverImageCountUploading_Are413AndTheImagesStayQueued()
    {
        await server.Limits.SetProjectLimitAsync(server.Targets.AdminProjectId, ImageQuotaResources.ImageCountUploading, 1);
        var staged = await server.CreateImageAsync(Persona.CloudAdmin);
        var second = await server.CreateImageAsync(Persona.CloudAdmin);

        using var first = await server.PutDataAsync($"/v2/images/{staged}/stage", Persona.CloudAdmin, new ByteArrayContent(new byte[MiB]));
        using var refusedStage = await server.PutDataAsync($"/v2/images/{second}/stage", Persona.CloudAdmin, new ByteArrayContent(new byte[MiB]));
        using var refusedUpload = await server.UploadAsync(second, Persona.CloudAdmin, new byte[MiB], chunked: true);
        var (_, image, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{second}", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusedStage.StatusCode);
        Assert.Contains("image_count_uploading is over limit of 1 due to current usage 2 and delta 0", await MessageAsync(refusedStage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusedUpload.StatusCode);
        Assert.Equal("queued", image.GetProperty("status").GetString());
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return response.Content.Headers.ContentType?.MediaType == "application/json"
            ? JsonDocument.Parse(text).RootElement.GetProperty("message").GetString()!
            : text;
    }
}
