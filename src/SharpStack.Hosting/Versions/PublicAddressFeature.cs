namespace SharpStack.Hosting.Versions;

/// <summary>The base URL of the current request, resolved and validated once before any endpoint runs.</summary>
internal sealed record PublicAddressFeature(Uri BaseUri);
