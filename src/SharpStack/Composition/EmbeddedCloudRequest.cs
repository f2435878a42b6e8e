namespace SharpStack.Composition;

/// <summary>How to start an all-in-one cloud: the configuration file and overrides (data folder, bind, ports…) and the admin password to set.</summary>
internal sealed record EmbeddedCloudRequest(FileInfo? ConfigFile, IReadOnlyDictionary<string, string?> Overrides, string? AdminPassword);
