namespace SharpStack.Common.Versions;

public sealed record KeystoneVersionList(VersionValues Versions);
