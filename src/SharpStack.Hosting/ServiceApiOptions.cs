using System.Text.Json;
using SharpStack.Common.Faults;
using SharpStack.Common.Microversions;

namespace SharpStack.Hosting;

/// <summary>What one service tells the shared API plumbing about itself; set in code by the service, not by configuration.</summary>
public sealed class ServiceApiOptions
{
    /// <summary>The catalog service type, e.g. <c>compute</c>; used in logs.</summary>
    public required string ServiceType { get; init; }

    /// <summary>How this service writes its error bodies.</summary>
    public required ServiceFaultFormat FaultFormat { get; init; }

    /// <summary>The microversion range, or null when the service has no microversions.</summary>
    public MicroversionOptions? Microversions { get; init; }

    /// <summary>Whether requests need a validated token; false turns validation off whatever <see cref="TokenValidation"/> says.</summary>
    public bool ValidateTokens { get; init; } = true;

    /// <summary>How tokens are validated: remotely by Identity (every service but Identity) or locally (Identity itself).</summary>
    public TokenValidationMode TokenValidation { get; init; } = TokenValidationMode.Remote;

    /// <summary>The mode in effect once <see cref="ValidateTokens"/> is taken into account.</summary>
    public TokenValidationMode EffectiveTokenValidation => ValidateTokens ? TokenValidation : TokenValidationMode.None;

    /// <summary>Headers that also carry the request id, e.g. Nova's <c>X-Compute-Request-Id</c>.</summary>
    public IReadOnlyList<string> CompatRequestIdHeaders { get; init; } = [];

    /// <summary>Service-specific serializer settings, applied after the shared snake_case ones.</summary>
    public Action<JsonSerializerOptions>? ConfigureJson { get; init; }
}
