using SharpStack.Common.Microversions;

namespace SharpStack.Hosting.Microversions;

/// <summary>The microversions an endpoint exists in; outside them it answers 404, as Nova does.</summary>
internal sealed record MicroversionRangeMetadata(Microversion? Minimum, Microversion? Maximum)
{
    public bool Contains(Microversion version) =>
        (Minimum is null || version >= Minimum.Value) && (Maximum is null || version <= Maximum.Value);
}
