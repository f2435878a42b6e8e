using SharpStack.Common.Json;

namespace SharpStack.Hosting.Bodies;

/// <summary>The request body schema an endpoint declared with <see cref="BodySchemaExtensions.WithBodySchema"/>.</summary>
internal sealed record BodySchemaMetadata(RequestBodySchema Schema);
