using System.Net;
using SharpStack.Image.Domain;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests.Data;

public sealed class QuotaTests(QuotaServer server) : IClassFixture<QuotaServer>
{
    [Fact]
    public async Task Upload_OverImageSizeTotal_Answers413AndLeavesTheImageQueued()
    {
        var first = await server.SeedAsync(ImagePersona.MemberA);
        var second = await server.SeedAsync(ImagePersona.MemberA);

        // A stream of unknown size counts as 0 MiB, so the first upload may end over the limit, as in Glance.
        using var uploaded = await server.UploadAsync(first, ImagePersona.MemberA, DataImages.RandomBytes(2 * 1024 * 1024), chunked: true);
        using var refused = await server.UploadAsync(second, ImagePersona.MemberA, [1, 2, 3], chunked: true);

        Assert.Equal(HttpStatusCode.NoContent, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("image_size_total is over limit of 1", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(second)).Status);
    }

    [Fact]
    public async Task UploadAndStage_OverImageCountUploading_Answer413AndLeaveTheImageQueued()
    {
        var upload = await server.SeedAsync(ImagePersona.MemberB);
        var stage = await server.SeedAsync(ImagePersona.MemberB);

        using var refusedUpload = await server.UploadAsync(upload, ImagePersona.MemberB, [1, 2, 3]);
        using var refusedStage = await server.PutDataAsync($"/v2/images/{stage}/stage", ImagePersona.MemberB, new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusedUpload.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusedStage.StatusCode);
        Assert.Contains("image_count_uploading", await refusedUpload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(upload)).Status);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(stage)).Status);
        Assert.False(File.Exists(Path.Combine(server.StoreFolder("os_glance_staging_store"), stage)));
    }
}
