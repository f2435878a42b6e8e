using Microsoft.AspNetCore.Routing;

namespace SharpStack.Image.Api;

/// <summary>Maps the metadata half of Glance v2: images, actions, tags, members and schemas.</summary>
internal static class ImageMetadataApi
{
    public static IEndpointRouteBuilder MapImageMetadataApi(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapImageEndpoints()
            .MapImageActionEndpoints()
            .MapImageTagEndpoints()
            .MapImageMemberEndpoints()
            .MapSchemaEndpoints();
}
