namespace SharpStack.Common.Versions;

public sealed record VersionValues(IReadOnlyList<ApiVersion> Values);
