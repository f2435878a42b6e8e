using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Application.Metadefs;

namespace SharpStack.Image.Api;

/// <summary>Glance's metadata definitions API (<c>/v2/metadefs</c> and its schemas).</summary>
internal static class MetadefApi
{
    /// <summary>Registers the metadef services.</summary>
    public static IServiceCollection AddMetadefApi(this IServiceCollection services) => services.AddImageMetadefs();

    /// <summary>Maps every metadef endpoint.</summary>
    public static IEndpointRouteBuilder MapMetadefApi(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapMetadefNamespaceEndpoints()
            .MapMetadefObjectEndpoints()
            .MapMetadefPropertyEndpoints()
            .MapMetadefTagEndpoints()
            .MapMetadefResourceTypeEndpoints()
            .MapMetadefSchemaEndpoints();
}
