using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using SharpStack.Identity.Api;

namespace SharpStack.Identity;

/// <summary>Entry points the host calls to compose the Identity service.</summary>
public static class IdentityServiceExtensions
{
    /// <summary>Registers the Identity service's dependencies.</summary>
    public static WebApplicationBuilder AddIdentity(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the Identity (Keystone v3) HTTP API.</summary>
    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapVersionEndpoints();
}
