using SharpStack.Common.Faults;

namespace SharpStack.Common.Microversions;

/// <summary>Chooses the request's microversion from its headers, as microversion-parse and Nova do.</summary>
public static class MicroversionNegotiator
{
    public const string Latest = "latest";

    /// <param name="options">The service's range and headers.</param>
    /// <param name="headerValues">Every value of <c>OpenStack-API-Version</c>; each may list several services.</param>
    /// <param name="legacyValue">The legacy header's value, read only when the new header names no version for this service.</param>
    /// <exception cref="BadRequestException">The version string is malformed.</exception>
    /// <exception cref="NotAcceptableException">The version is outside the service's range.</exception>
    public static Microversion Negotiate(MicroversionOptions options, IEnumerable<string?> headerValues, string? legacyValue)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(headerValues);
        var requested = FindServiceVersion(options.ServiceType, headerValues);
        if (requested is null && options.LegacyHeader is not null && !string.IsNullOrWhiteSpace(legacyValue))
        {
            requested = legacyValue.Trim();
        }

        if (requested is null)
        {
            return options.Minimum;
        }

        if (string.Equals(requested, Latest, StringComparison.OrdinalIgnoreCase))
        {
            return options.Maximum;
        }

        if (!Microversion.TryParse(requested, out var version))
        {
            throw new BadRequestException(
                $"API Version String {requested} is of invalid format. Must be of format MajorNum.MinorNum.");
        }

        if (version < options.Minimum || version > options.Maximum)
        {
            throw new NotAcceptableException(
                $"Version {version} is not supported by the API. Minimum is {options.Minimum} and maximum is {options.Maximum}.");
        }

        return version;
    }

    private static string? FindServiceVersion(string serviceType, IEnumerable<string?> headerValues)
    {
        foreach (var value in headerValues)
        {
            foreach (var entry in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = entry.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length == 2 && string.Equals(parts[0], serviceType, StringComparison.OrdinalIgnoreCase))
                {
                    return parts[1];
                }
            }
        }

        return null;
    }
}
