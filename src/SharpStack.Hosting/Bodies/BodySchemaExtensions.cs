using Microsoft.AspNetCore.Builder;
using SharpStack.Common.Json;

namespace SharpStack.Hosting.Bodies;

/// <summary>Declares the upstream JSON Schema of an endpoint's request body.</summary>
public static class BodySchemaExtensions
{
    /// <summary>Every body the endpoint reads through <see cref="JsonBody{T}"/> or <c>ReadJsonBodyAsync</c> is checked against <paramref name="schema"/> before binding.</summary>
    public static TBuilder WithBodySchema<TBuilder>(this TBuilder builder, RequestBodySchema schema)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(schema);
        builder.Add(endpoint => endpoint.Metadata.Add(new BodySchemaMetadata(schema)));
        return builder;
    }
}
