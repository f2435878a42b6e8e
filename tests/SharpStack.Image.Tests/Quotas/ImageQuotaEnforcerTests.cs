using SharpStack.Common.Faults;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Tests.Quotas;

/// <summary>The enforcer over the limits of a real Identity; each test works in a new project of its own.</summary>
public sealed class ImageQuotaEnforcerTests(QuotaServer server) : IClassFixture<QuotaServer>, IAsyncLifetime
{
    private string _project = string.Empty;

    public async Task InitializeAsync()
    {
        await server.Limits.ClearAsync();
        _project = await server.CreateProjectAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EnforceImageCountTotal_AtLimit_RefusesWithGlanceMessage()
    {
        await server.Limits.RegisterAsync(ImageQuotaResources.ImageCountTotal, 100);
        await server.Limits.SetProjectLimitAsync(_project, ImageQuotaResources.ImageCountTotal, 2);
        await server.SeedImageAsync(_project, ImageStatus.Active, QuotaServer.Bytes(1), stores: 1);
        await server.SeedImageAsync(_project, ImageStatus.Queued);

        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => server.WithEnforcerAsync(quotas => quotas.EnforceImageCountTotalAsync(_project, CancellationToken.None)));

        Assert.Equal(413, refused.StatusCode);
        Assert.Equal(
            "The request returned a 413 Request Entity Too Large. This generally means that rate limiting or a quota threshold was breached.\n\n"
            + $"The response body:\nProject {_project} is over a limit for [Resource image_count_total is over limit of 2 due to current usage 2 and delta 1]",
            refused.Message);
    }

    [Fact]
    public async Task EnforceImageCountTotal_KilledAndDeletedImages_DoNotCount()
    {
        await server.Limits.SetProjectLimitAsync(_project, ImageQuotaResources.ImageCountTotal, 1);
        await server.SeedImageAsync(_project, ImageStatus.Killed);
        await server.SeedImageAsync(_project, ImageStatus.Deleted);
        await server.SeedImageAsync(_project, ImageStatus.PendingDelete);
        await server.SeedImageAsync("another-project", ImageStatus.Active, QuotaServer.Bytes(1), stores: 1);

        await server.WithEnforcerAsync(quotas => quotas.EnforceImageCountTotalAsync(_project, CancellationToken.None));
    }

    [Fact]
    public async Task Enforce_UnlimitedProjectLimit_OverridesRegisteredLimit()
    {
        await server.Limits.RegisterAsync(ImageQuotaResources.ImageSizeTotal, 0);
        await server.Limits.SetProjectLimitAsync(_project, ImageQuotaResources.ImageSizeTotal, ImageQuotaResources.Unlimited);
        await server.SeedImageAsync(_project, ImageStatus.Active, QuotaServer.Bytes(50), stores: 2);

        await server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, QuotaServer.Bytes(1024), CancellationToken.None));
    }

    [Fact]
    public async Task Enforce_ResourceWithoutAnyLimit_IsLimitedToZero()
    {
        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => server.WithEnforcerAsync(quotas => quotas.EnforceImageCountTotalAsync($"{_project}-unregistered", CancellationToken.None)));

        Assert.Contains("image_count_total is over limit of 0 due to current usage 0 and delta 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnforceImageSizeTotal_CountsEveryStoreCopyAndTheDeclaredMebibytes()
    {
        await server.Limits.SetProjectLimitAsync(_project, ImageQuotaResources.ImageSizeTotal, 10);
        await server.SeedImageAsync(_project, ImageStatus.Active, QuotaServer.Bytes(3), stores: 2);
        await server.SeedImageAsync(_project, ImageStatus.Uploading, QuotaServer.Bytes(4));

        await server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, QuotaServer.Bytes(4.9), CancellationToken.None));
        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, QuotaServer.Bytes(5), CancellationToken.None)));

        Assert.Contains("image_size_total is over limit of 10 due to current usage 6 and delta 5", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnforceImageSizeTotal_UnknownSizeAtTheLimit_IsAllowedOnceAsInGlance()
    {
        await server.Limits.SetProjectLimitAsync(_project, ImageQuotaResources.ImageSizeTotal, 1);
        await server.SeedImageAsync(_project, ImageStatus.Active, QuotaServer.Bytes(1), stores: 1);

        await server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, null, CancellationToken.None));
        await server.SeedImageAsync(_project, ImageStatus.Active, QuotaServer.Bytes(1), stores: 1);

        await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, null, CancellationToken.None)));
    }

    [Fact]
    public async Task EnforceImageStageTotal_CountsStagedImportingAndCopyingImages()
    {
        await server.Limits.SetProjectLimitAsync(_project, ImageQuotaResources.ImageStageTotal, 6);
        await server.SeedImageAsync(_project, ImageStatus.Uploading, QuotaServer.Bytes(2));
        await server.SeedImageAsync(_project, ImageStatus.Importing, QuotaServer.Bytes(2));
        await server.SeedImageAsync(_project, ImageStatus.Active, QuotaServer.Bytes(2), stores: 1, importingToStores: "cheap");
        await server.SeedImageAsync(_project, ImageStatus.Active, QuotaServer.Bytes(8), stores: 1, importingToStores: string.Empty);
        await server.SeedImageAsync(_project, ImageStatus.Saving, QuotaServer.Bytes(8));

        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => server.WithEnforcerAsync(quotas => quotas.EnforceImageStageTotalAsync(_project, QuotaServer.Bytes(1), CancellationToken.None)));

        Assert.Contains("image_stage_total is over limit of 6 due to current usage 6 and delta 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnforceImageCountUploading_CountsSavingStagedImportingAndCopying()
    {
        await server.Limits.SetProjectLimitAsync(_project, ImageQuotaResources.ImageCountUploading, 3);
        await server.SeedImageAsync(_project, ImageStatus.Saving);
        await server.SeedImageAsync(_project, ImageStatus.Uploading, QuotaServer.Bytes(1));
        await server.SeedImageAsync(_project, ImageStatus.Queued);
        await server.SeedImageAsync(_project, ImageStatus.Killed, importingToStores: "cheap");
        await server.WithEnforcerAsync(quotas => quotas.EnforceImageCountUploadingAsync(_project, CancellationToken.None));

        await server.SeedImageAsync(_project, ImageStatus.Active, QuotaServer.Bytes(1), stores: 1, importingToStores: "cheap,fast");
        await server.SeedImageAsync(_project, ImageStatus.Importing, QuotaServer.Bytes(1));

        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => server.WithEnforcerAsync(quotas => quotas.EnforceImageCountUploadingAsync(_project, CancellationToken.None)));
        Assert.Contains("image_count_uploading is over limit of 3 due to current usage 4 and delta 0", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(0L, 0)]
    [InlineData(1048575L, 0)]
    [InlineData(1048576L, 1)]
    [InlineData(3145727L, 2)]
    public void ToMiB_RoundsDownAsGlance(long? bytes, long expected) => Assert.Equal(expected, ImageQuotaEnforcer.ToMiB(bytes));
}
