namespace SharpStack.Common.Microversions;

/// <summary>A service's microversion range and the headers that carry it.</summary>
/// <param name="ServiceType">The name used in <c>OpenStack-API-Version</c>, e.g. <c>compute</c>, <c>volume</c>, <c>placement</c>.</param>
/// <param name="Minimum">The oldest version served; also the default when the client asks for none.</param>
/// <param name="Maximum">The newest version whose behaviour is implemented; what <c>latest</c> means.</param>
/// <param name="LegacyHeader">A per-service header read and echoed too, e.g. <c>X-OpenStack-Nova-API-Version</c>.</param>
public sealed record MicroversionOptions(string ServiceType, Microversion Minimum, Microversion Maximum, string? LegacyHeader = null)
{
    public const string Header = "OpenStack-API-Version";

    public const string NovaLegacyHeader = "X-OpenStack-Nova-API-Version";

    public static MicroversionOptions Compute(Microversion maximum) => new("compute", new Microversion(2, 1), maximum, NovaLegacyHeader);

    public static MicroversionOptions Volume(Microversion maximum) => new("volume", new Microversion(3, 0), maximum);

    public static MicroversionOptions Placement(Microversion maximum) => new("placement", new Microversion(1, 0), maximum);

    /// <summary>The value of the <c>Vary</c> response header.</summary>
    public string Vary => LegacyHeader is null ? Header : $"{Header}, {LegacyHeader}";
}
