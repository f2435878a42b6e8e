using System.Net.Http.Headers;
using SharpStack.Common;

namespace SharpStack.Hosting.Clients;

/// <summary>The microversion request headers per target, as keystoneauth sets them.</summary>
internal static class MicroversionHeaders
{
    public const string Standard = "OpenStack-API-Version";
    public const string LegacyCompute = "X-OpenStack-Nova-API-Version";

    public static void Set(HttpRequestHeaders headers, string serviceType, string microversion)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var headerType = HeaderServiceType(serviceType);
        headers.TryAddWithoutValidation(Standard, $"{headerType} {microversion}");
        if (headerType == ServiceNames.Compute)
        {
            headers.TryAddWithoutValidation(LegacyCompute, microversion);
        }
    }

    /// <summary>Cinder names itself <c>volume</c> in the header whatever its catalog type.</summary>
    public static string HeaderServiceType(string serviceType) =>
        serviceType == ServiceNames.BlockStorage || serviceType.StartsWith("volume", StringComparison.Ordinal) ? "volume" : serviceType;

    /// <summary>Whether <paramref name="value"/> is <c>X.Y</c> or <c>latest</c>.</summary>
    public static bool IsValid(string value) =>
        value == "latest" || Common.Microversions.Microversion.TryParse(value, out _);
}
