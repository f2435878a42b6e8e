namespace SharpStack.Composition;

/// <summary>What an entry's embedded defaults may depend on: the cloud's region.</summary>
internal sealed record EmbeddedSettings(string RegionName);
