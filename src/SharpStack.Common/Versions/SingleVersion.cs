namespace SharpStack.Common.Versions;

public sealed record SingleVersion(ApiVersion Version);
