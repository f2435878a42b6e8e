using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace SharpStack.Composition;

/// <summary>One SharpStack service as the host composes it: its catalog identity, default port, entry points and the unified limits bootstrap registers for it.</summary>
internal sealed record ServiceDefinition(
    string Name,
    string CatalogType,
    string CatalogName,
    int DefaultPort,
    string VersionPath,
    Action<WebApplicationBuilder> AddServices,
    Action<WebApplication> MapApi,
    Action<IServiceCollection> AddDatabase,
    IReadOnlyDictionary<string, int>? RegisteredLimits = null);
