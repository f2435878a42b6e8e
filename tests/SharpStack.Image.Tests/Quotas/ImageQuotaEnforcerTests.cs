using SharpStack.Common.Faults;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Tests.Quotas;

public sealed class ImageQuotaEnforcerTests : IClassFixture<QuotaApiServer>
{
    private readonly QuotaApiServer _server;
    private readonly string _project = Guid.NewGuid().ToString("N");

    public ImageQuotaEnforcerTests(QuotaApiServer server)
    {
        _server = server;
        server.Limits.Clear();
    }

    [Fact]
    public async Task EnforceImageCountTotal_AtLimit_RefusesWithGlanceMessage()
    {
        _server.Limits.Register(ImageQuotaResources.ImageCountTotal, 100);
        _server.Limits.SetProjectLimit(_project, ImageQuotaResources.ImageCountTotal, 2);
        await _server.SeedImageAsync(_project, ImageStatus.Active, QuotaApiServer.Bytes(1), stores: 1);
        await _server.SeedImageAsync(_project, ImageStatus.Queued);

        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => _server.WithEnforcerAsync(quotas => quotas.EnforceImageCountTotalAsync(_project, CancellationToken.None)));

        Assert.Equal(413, refused.StatusCode);
        Assert.Equal(
            "The request returned a 413 Request Entity Too Large. This generally means that rate limiting or a quota threshold was breached.\n\n"
            + $"The response body:\nProject {_project} is over a limit for [Resource image_count_total is over limit of 2 due to current usage 2 and delta 1]",
            refused.Message);
    }

    [Fact]
    public async Task EnforceImageCountTotal_KilledAndDeletedImages_DoNotCount()
    {
        _server.Limits.SetProjectLimit(_project, ImageQuotaResources.ImageCountTotal, 1);
        await _server.SeedImageAsync(_project, ImageStatus.Killed);
        await _server.SeedImageAsync(_project, ImageStatus.Deleted);
        await _server.SeedImageAsync(_project, ImageStatus.PendingDelete);
        await _server.SeedImageAsync("another-project", ImageStatus.Active, QuotaApiServer.Bytes(1), stores: 1);

        await _server.WithEnforcerAsync(quotas => quotas.EnforceImageCountTotalAsync(_project, CancellationToken.None));
    }

    [Fact]
    public async Task Enforce_UnlimitedProjectLimit_OverridesRegisteredLimit()
    {
        _server.Limits.Register(ImageQuotaResources.ImageSizeTotal, 0);
        _server.Limits.SetProjectLimit(_project, ImageQuotaResources.ImageSizeTotal, ImageQuotaResources.Unlimited);
        await _server.SeedImageAsync(_project, ImageStatus.Active, QuotaApiServer.Bytes(50), stores: 2);

        await _server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, QuotaApiServer.Bytes(1024), CancellationToken.None));
    }

    [Fact]
    public async Task Enforce_ResourceWithoutAnyLimit_IsLimitedToZero()
    {
        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => _server.WithEnforcerAsync(quotas => quotas.EnforceImageCountTotalAsync($"{_project}-unregistered", CancellationToken.None)));

        Assert.Contains("image_count_total is over limit of 0 due to current usage 0 and delta 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnforceImageSizeTotal_CountsEveryStoreCopyAndTheDeclaredMebibytes()
    {
        _server.Limits.SetProjectLimit(_project, ImageQuotaResources.ImageSizeTotal, 10);
        await _server.SeedImageAsync(_project, ImageStatus.Active, QuotaApiServer.Bytes(3), stores: 2);
        await _server.SeedImageAsync(_project, ImageStatus.Uploading, QuotaApiServer.Bytes(4));

        await _server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, QuotaApiServer.Bytes(4.9), CancellationToken.None));
        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => _server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, QuotaApiServer.Bytes(5), CancellationToken.None)));

        Assert.Contains("image_size_total is over limit of 10 due to current usage 6 and delta 5", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnforceImageSizeTotal_UnknownSizeAtTheLimit_IsAllowedOnceAsInGlance()
    {
        _server.Limits.SetProjectLimit(_project, ImageQuotaResources.ImageSizeTotal, 1);
        await _server.SeedImageAsync(_project, ImageStatus.Active, QuotaApiServer.Bytes(1), stores: 1);

        await _server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, null, CancellationToken.None));
        await _server.SeedImageAsync(_project, ImageStatus.Active, QuotaApiServer.Bytes(1), stores: 1);

        await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => _server.WithEnforcerAsync(quotas => quotas.EnforceImageSizeTotalAsync(_project, null, CancellationToken.None)));
    }

    [Fact]
    public async Task EnforceImageStageTotal_CountsStagedImportingAndCopyingImages()
    {
        _server.Limits.SetProjectLimit(_project, ImageQuotaResources.ImageStageTotal, 6);
        await _server.SeedImageAsync(_project, ImageStatus.Uploading, QuotaApiServer.Bytes(2));
        await _server.SeedImageAsync(_project, ImageStatus.Importing, QuotaApiServer.Bytes(2));
        await _server.SeedImageAsync(_project, ImageStatus.Active, QuotaApiServer.Bytes(2), stores: 1, importingToStores: "cheap");
        await _server.SeedImageAsync(_project, ImageStatus.Active, QuotaApiServer.Bytes(8), stores: 1, importingToStores: string.Empty);
        await _server.SeedImageAsync(_project, ImageStatus.Saving, QuotaApiServer.Bytes(8));

        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => _server.WithEnforcerAsync(quotas => quotas.EnforceImageStageTotalAsync(_project, QuotaApiServer.Bytes(1), CancellationToken.None)));

        Assert.Contains("image_stage_total is over limit of 6 due to current usage 6 and delta 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnforceImageCountUploading_CountsSavingStagedImportingAndCopying()
    {
        _server.Limits.SetProjectLimit(_project, ImageQuotaResources.ImageCountUploading, 3);
        await _server.SeedImageAsync(_project, ImageStatus.Saving);
        await _server.SeedImageAsync(_project, ImageStatus.Uploading, QuotaApiServer.Bytes(1));
        await _server.SeedImageAsync(_project, ImageStatus.Queued);
        await _server.SeedImageAsync(_project, ImageStatus.Killed, importingToStores: "cheap");
        await _server.WithEnforcerAsync(quotas => quotas.EnforceImageCountUploadingAsync(_project, CancellationToken.None));

        await _server.SeedImageAsync(_project, ImageStatus.Active, QuotaApiServer.Bytes(1), stores: 1, importingToStores: "cheap,fast");
        await _server.SeedImageAsync(_project, ImageStatus.Importing, QuotaApiServer.Bytes(1));

        var refused = await Assert.ThrowsAsync<RequestEntityTooLargeException>(
            () => _server.WithEnforcerAsync(quotas => quotas.EnforceImageCountUploadingAsync(_project, CancellationToken.None)));
        Assert.Contains("image_count_uploading is over limit of 3 due to current usage 4 and delta 0", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enforce_IdentityUnavailable_Answers503()
    {
        _server.Limits.Unavailable = true;
        try
        {
            var refused = await Assert.ThrowsAsync<ServiceUnavailableException>(
                () => _server.WithEnforcerAsync(quotas => quotas.EnforceImageCountTotalAsync(_project, CancellationToken.None)));
            Assert.Equal(503, refused.StatusCode);
        }
        finally
        {
            _server.Limits.Unavailable = false;
        }
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(0L, 0)]
    [InlineData(1048575L, 0)]
    [InlineData(1048576L, 1)]
    [InlineData(3145727L, 2)]
    public void ToMiB_RoundsDownAsGlance(long? bytes, long expected) => Assert.Equal(expected, ImageQuotaEnforcer.ToMiB(bytes));
}
