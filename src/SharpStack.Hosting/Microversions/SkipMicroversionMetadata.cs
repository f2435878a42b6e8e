namespace SharpStack.Hosting.Microversions;

/// <summary>Marks endpoints, such as version discovery, that ignore the microversion headers.</summary>
internal sealed class SkipMicroversionMetadata;
