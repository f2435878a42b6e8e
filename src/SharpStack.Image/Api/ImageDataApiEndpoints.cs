using Microsoft.AspNetCore.Routing;

namespace SharpStack.Image.Api;

/// <summary>Maps the data half of the Image API: data, staging, import, tasks, discovery and per-store copies.</summary>
internal static class ImageDataApiEndpoints
{
    public static IEndpointRouteBuilder MapImageDataApi(this IEndpointRouteBuilder endpoints) => endpoints
        .MapImageDataEndpoints()
        .MapStageEndpoints()
        .MapImportEndpoints()
        .MapTaskEndpoints()
        .MapInfoEndpoints()
        .MapStoreEndpoints();
}
