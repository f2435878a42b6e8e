namespace SharpStack.Configuration;

/// <summary>An options class bound from one section of the configuration.</summary>
internal sealed record OptionsSection(string Name, Type OptionsType);
