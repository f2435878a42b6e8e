using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Auth;

namespace SharpStack.Image.Application.Quotas;

/// <summary>
/// Glance's unified-limit checks (glance/quota/keystone.py): current usage plus the request's delta must not exceed the
/// project's limit, else 413. A no-op when <c>use_keystone_limits</c> is off. Storage limits are soft, as in Glance: a
/// stream of unknown size counts as 0 MiB, so one upload may end over the limit and the next one is refused.
/// </summary>
internal sealed partial class ImageQuotaEnforcer(
    IOptions<KeystoneLimitsOptions> options, IProjectLimitSource limits, ImageUsageCounter usage, ILogger<ImageQuotaEnforcer> logger)
{
    private const long MiB = 1024 * 1024;

    public bool Enabled => options.Value.UseKeystoneLimits;

    /// <summary>Before <c>POST /v2/images</c>: room for one more image.</summary>
    public Task EnforceImageCountTotalAsync(string? projectId, CancellationToken cancellationToken) =>
        EnforceAsync(projectId, ImageQuotaResources.ImageCountTotal, 1, cancellationToken);

    /// <summary>
    /// Once the image counts as uploading (status saved as saving/uploading), and before the import task starts for
    /// web-download and copy-image: the uploads in progress, this one included, must be within the limit (delta 0).
    /// </summary>
    public Task EnforceImageCountUploadingAsync(string? projectId, CancellationToken cancellationToken) =>
        EnforceAsync(projectId, ImageQuotaResources.ImageCountUploading, 0, cancellationToken);

    /// <summary>Before <c>PUT …/file</c> (declared size) and a glance-direct import (staged size); null or unknown counts as 0.</summary>
    public Task EnforceImageSizeTotalAsync(string? projectId, long? declaredBytes, CancellationToken cancellationToken) =>
        EnforceAsync(projectId, ImageQuotaResources.ImageSizeTotal, ToMiB(declaredBytes), cancellationToken);

    /// <summary>Before <c>PUT …/stage</c> (declared size) and web-download/copy-image imports (image size); null counts as 0.</summary>
    public Task EnforceImageStageTotalAsync(string? projectId, long? declaredBytes, CancellationToken cancellationToken) =>
        EnforceAsync(projectId, ImageQuotaResources.ImageStageTotal, ToMiB(declaredBytes), cancellationToken);

    /// <summary>The project's limits and usage for <c>GET /v2/info/usage</c>; empty when unified limits are off.</summary>
    public async Task<IReadOnlyDictionary<string, QuotaUsage>> GetUsageAsync(string? projectId, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return new Dictionary<string, QuotaUsage>();
        }

        var known = await ReadLimitsAsync(projectId, cancellationToken);
        var result = new Dictionary<string, QuotaUsage>(StringComparer.Ordinal);
        foreach (var resource in ImageQuotaResources.All)
        {
            result[resource] = new QuotaUsage(known.GetValueOrDefault(resource), await usage.CountAsync(resource, projectId, cancellationToken));
        }

        return result;
    }

    /// <summary>The size a request declares (<c>x-openstack-image-size</c>, else Content-Length) in whole MiB, as Glance's <c>size // units.Mi</c>.</summary>
    public static long ToMiB(long? bytes) => bytes is > 0 ? bytes.Value / MiB : 0;

    private async Task EnforceAsync(string? projectId, string resource, long delta, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return;
        }

        // oslo.limit: a resource without a registered or project limit is limited to 0; below zero means unlimited.
        var limit = (await ReadLimitsAsync(projectId, cancellationToken)).GetValueOrDefault(resource);
        if (limit < 0)
        {
            return;
        }

        var current = await usage.CountAsync(resource, projectId, cancellationToken);
        if (current + delta > limit)
        {
            LogOverLimit(projectId, resource, limit, current, delta);
            throw new RequestEntityTooLargeException(OverLimitMessage(projectId, resource, limit, current, delta));
        }
    }

    private async Task<IReadOnlyDictionary<string, long>> ReadLimitsAsync(string? projectId, CancellationToken cancellationToken)
    {
        try
        {
            return await limits.GetLimitsAsync(projectId, cancellationToken);
        }
        catch (Exception exception) when (exception is IdentityUnavailableException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            LogLimitsUnavailable(exception);
            throw new ServiceUnavailableException("Image quotas are enabled but the limits could not be read from Identity.", exception);
        }
    }

    // glance.common.exception.LimitExceeded around oslo.limit's ProjectOverLimit.
    private static string OverLimitMessage(string? projectId, string resource, long limit, long current, long delta) => string.Create(
        CultureInfo.InvariantCulture,
        $"The request returned a 413 Request Entity Too Large. This generally means that rate limiting or a quota threshold was breached.\n\nThe response body:\nProject {projectId ?? "None"} is over a limit for [Resource {resource} is over limit of {limit} due to current usage {current} and delta {delta}]");

    [LoggerMessage(Level = LogLevel.Information, Message = "Project {ProjectId} is over its {Resource} limit of {Limit}: usage {Current}, delta {Delta}")]
    private partial void LogOverLimit(string? projectId, string resource, long limit, long current, long delta);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read unified limits from Identity")]
    private partial void LogLimitsUnavailable(Exception exception);
}
