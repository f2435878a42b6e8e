using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Microversions;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Microversions;

namespace SharpStack.Hosting;

/// <summary>Per-endpoint switches of the shared API plumbing.</summary>
public static class EndpointConventionExtensions
{
    /// <summary>The endpoint exists only from <paramref name="minimum"/> (and up to <paramref name="maximum"/>); other versions get 404.</summary>
    public static TBuilder WithMicroversions<TBuilder>(this TBuilder builder, string? minimum, string? maximum = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new MicroversionRangeMetadata(
            minimum is null ? null : Microversion.Parse(minimum), maximum is null ? null : Microversion.Parse(maximum)));

    /// <summary>The endpoint ignores microversion headers (no negotiation, no 400/406, no echo).</summary>
    public static TBuilder WithoutMicroversions<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new SkipMicroversionMetadata());

    /// <summary>The endpoint's own body limit in bytes instead of <c>max_request_body_size</c>; null for unlimited (uploads).</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long? maxRequestBodySize)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new BodyLimitMetadata(maxRequestBodySize));

    /// <summary>A version discovery document: anonymous, and blind to microversion headers.</summary>
    public static TBuilder AsVersionDiscovery<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.AllowAnonymous().WithoutMicroversions();
}
