using System.Net;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Domain;
using SharpStack.Image.Tests.Quotas;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Data;

/// <summary>
/// Uploads and staging over unified limits in Identity: project A may store 1 MiB (the registered default), project B
/// any amount but may have no upload in progress.
/// </summary>
public sealed class QuotaTests(QuotaServer server) : IClassFixture<QuotaServer>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await server.ResetLimitsAsync();
        await server.Limits.RegisterAsync(ImageQuotaResources.ImageSizeTotal, 1);
        await server.Limits.SetProjectLimitAsync(server.Targets.ProjectBId, ImageQuotaResources.ImageSizeTotal, ImageQuotaResources.Unlimited);
        await server.Limits.SetProjectLimitAsync(server.Targets.ProjectBId, ImageQuotaResources.ImageCountUploading, 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Upload_OverImageSizeTotal_Answers413AndLeavesTheImageQueued()
    {
        var first = await server.SeedAsync(Persona.ProjectMember);
        var second = await server.SeedAsync(Persona.ProjectMember);

        // A stream of unknown size counts as 0 MiB, so the first upload may end over the limit, as in Glance.
        using var uploaded = await server.UploadAsync(first, Persona.ProjectMember, DataImages.RandomBytes(2 * 1024 * 1024), chunked: true);
        using var refused = await server.UploadAsync(second, Persona.ProjectMember, [1, 2, 3], chunked: true);

        Assert.Equal(HttpStatusCode.NoContent, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("image_size_total is over limit of 1", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(second)).Status);
    }

    [Fact]
    public async Task UploadAndStage_OverImageCountUploading_Answer413AndLeaveTheImageQueued()
    {
        var upload = await server.SeedAsync(Persona.ProjectBMember);
        var stage = await server.SeedAsync(Persona.ProjectBMember);

        using var refusedUpload = await server.UploadAsync(upload, Persona.ProjectBMember, [1, 2, 3]);
        using var refusedStage = await server.PutDataAsync($"/v2/images/{stage}/stage", Persona.ProjectBMember, new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusedUpload.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusedStage.StatusCode);
        Assert.Contains("image_count_uploading", await refusedUpload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(upload)).Status);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(stage)).Status);
        Assert.False(File.Exists(Path.Combine(server.StoreFolder("os_glance_staging_store"), stage)));
    }
}
