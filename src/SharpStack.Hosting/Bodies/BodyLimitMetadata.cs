using Microsoft.AspNetCore.Http.Metadata;

namespace SharpStack.Hosting.Bodies;

/// <summary>An endpoint's own request body limit; null means unlimited.</summary>
internal sealed record BodyLimitMetadata(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
