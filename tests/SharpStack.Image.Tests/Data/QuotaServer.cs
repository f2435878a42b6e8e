using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Image.Application.Quotas;

namespace SharpStack.Image.Tests.Data;

/// <summary>An Image API with unified limits on: 1 MiB of image_size_total and no concurrent upload (image_count_uploading 0) for project B.</summary>
public sealed class QuotaServer : ImageApiServer
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [.. base.Settings(), new("DEFAULT:use_keystone_limits", "true")];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IProjectLimitSource>(new FixedLimits()));

    private sealed class FixedLimits : IProjectLimitSource
    {
        public Task<IReadOnlyDictionary<string, long>> GetLimitsAsync(string? projectId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, long>>(new Dictionary<string, long>
            {
                // oslo.limit treats a resource without a limit as limited to 0; -1 is unlimited.
                ["image_count_total"] = -1,
                ["image_stage_total"] = -1,
                ["image_size_total"] = projectId == ProjectBId ? -1 : 1,
                ["image_count_uploading"] = projectId == ProjectBId ? 0 : -1,
            });
    }
}
