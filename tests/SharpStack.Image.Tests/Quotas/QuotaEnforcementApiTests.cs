using System.Net;
using System.Text.Json;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Tests.Data;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests.Quotas;

/// <summary>The limits at Glance's enforcement points, over HTTP; each test works in its own persona's project.</summary>
public sealed class QuotaEnforcementApiTests : IClassFixture<QuotaApiServer>
{
    private const int MiB = 1024 * 1024;
    private readonly QuotaApiServer _server;

    public QuotaEnforcementApiTests(QuotaApiServer server)
    {
        _server = server;
        server.Limits.Clear();
        foreach (var resource in ImageQuotaResources.All)
        {
            server.Limits.Register(resource, ImageQuotaResources.Unlimited);
        }
    }

    [Fact]
    public async Task CreateImage_OverImageCountTotal_Is413AndCreatesNothing()
    {
        _server.Limits.SetProjectLimit(ImageApiServer.ProjectAId, ImageQuotaResources.ImageCountTotal, 1);
        await _server.CreateImageAsync(ImagePersona.MemberA);

        var (status, body, _) = await _server.SendAsync(
            HttpMethod.Post, "/v2/images", ImagePersona.MemberA, """{"name": "second", "disk_format": "raw", "container_format": "bare"}""");
        var (_, list, _) = await _server.SendAsync(HttpMethod.Get, "/v2/images?name=second", ImagePersona.MemberA);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.StartsWith(
            "The request returned a 413 Request Entity Too Large. This generally means that rate limiting or a quota threshold was breached.\n\nThe response body:\n"
            + $"Project {ImageApiServer.ProjectAId} is over a limit for [Resource image_count_total is over limit of 1 due to current usage 1 and delta 1]",
            body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("413 Request Entity Too Large", body.GetProperty("code").GetString());
        Assert.Equal(0, list.GetProperty("images").GetArrayLength());
    }

    [Fact]
    public async Task Upload_StreamOfUnknownSize_MayEndOverTheLimitOnce_ThenIs413AndTheImageStaysQueued()
    {
        _server.Limits.SetProjectLimit(ImageApiServer.ProjectBId, ImageQuotaResources.ImageSizeTotal, 1);
        var first = await _server.CreateImageAsync(ImagePersona.MemberB);
        var second = await _server.CreateImageAsync(ImagePersona.MemberB);

        using var accepted = await _server.UploadAsync(first, ImagePersona.MemberB, new byte[2 * MiB], chunked: true);
        using var refused = await _server.UploadAsync(second, ImagePersona.MemberB, new byte[10], chunked: true);
        var (_, image, _) = await _server.SendAsync(HttpMethod.Get, $"/v2/images/{second}", ImagePersona.MemberB);

        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("image_size_total is over limit of 1 due to current usage 2 and delta 0", await MessageAsync(refused), StringComparison.Ordinal);
        Assert.Equal("queued", image.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Upload_DeclaredSizeOverTheLimit_Is413BeforeAnyData()
    {
        _server.Limits.SetProjectLimit(ImageApiServer.ProjectCId, ImageQuotaResources.ImageSizeTotal, 1);
        var id = await _server.CreateImageAsync(ImagePersona.MemberC);

        using var declared = await _server.UploadAsync(id, ImagePersona.MemberC, new byte[2 * MiB]);
        var (_, image, _) = await _server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", ImagePersona.MemberC);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Contains("image_size_total is over limit of 1 due to current usage 0 and delta 2", await MessageAsync(declared), StringComparison.Ordinal);
        Assert.Equal("queued", image.GetProperty("status").GetString());
    }

    [Fact]
    public async Task StageAndUpload_OverImageCountUploading_Are413AndTheImagesStayQueued()
    {
        _server.Limits.SetProjectLimit(ImageApiServer.AdminProjectId, ImageQuotaResources.ImageCountUploading, 1);
        var staged = await _server.CreateImageAsync(ImagePersona.Admin);
        var second = await _server.CreateImageAsync(ImagePersona.Admin);

        using var first = await _server.PutDataAsync($"/v2/images/{staged}/stage", ImagePersona.Admin, new ByteArrayContent(new byte[MiB]));
        using var refusedStage = await _server.PutDataAsync($"/v2/images/{second}/stage", ImagePersona.Admin, new ByteArrayContent(new byte[MiB]));
        using var refusedUpload = await _server.UploadAsync(second, ImagePersona.Admin, new byte[MiB], chunked: true);
        var (_, image, _) = await _server.SendAsync(HttpMethod.Get, $"/v2/images/{second}", ImagePersona.Admin);

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
