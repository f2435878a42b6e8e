namespace SharpStack.Configuration;

/// <summary>One configuration key as an options class declares it.</summary>
internal sealed record OptionDescriptor(string Section, string Key, string Description, string TypeName, string DefaultValue);
