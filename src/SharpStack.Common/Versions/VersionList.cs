namespace SharpStack.Common.Versions;

public sealed record VersionList(IReadOnlyList<ApiVersion> Versions);
