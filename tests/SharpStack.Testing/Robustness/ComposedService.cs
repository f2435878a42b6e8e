using Microsoft.AspNetCore.Builder;

namespace SharpStack.Testing.Robustness;

/// <summary>One service of this build's composition, as a test starts it on its own host.</summary>
/// <param name="Name">The service's name in the composition, e.g. <c>image</c>.</param>
/// <param name="CatalogType">Its catalog type.</param>
/// <param name="CatalogName">Its catalog name, e.g. <c>glance</c>.</param>
/// <param name="IsIdentity">Whether it is the service that issues tokens.</param>
/// <param name="AddService">Its <c>Add…</c>.</param>
/// <param name="MapApi">Its <c>Map…Api</c>.</param>
/// <param name="RegisteredLimits">The unified limits bootstrap registers for it.</param>
/// <param name="Settings">The settings <c>up</c> gives it underneath the operator's, for a region.</param>
public sealed record ComposedService(
    string Name,
    string CatalogType,
    string CatalogName,
    bool IsIdentity,
    Action<WebApplicationBuilder> AddService,
    Action<WebApplication> MapApi,
    IReadOnlyDictionary<string, int> RegisteredLimits,
    Func<string, IReadOnlyDictionary<string, string?>> Settings);
