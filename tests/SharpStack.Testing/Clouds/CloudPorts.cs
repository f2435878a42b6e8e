using System.Globalization;
using System.Text;
using SharpStack.Composition;

namespace SharpStack.Testing.Clouds;

/// <summary>A free loopback port for every service of a composition (this build's by default), so that test clouds can run side by side.</summary>
public sealed class CloudPorts
{
    private readonly Dictionary<string, int> _ports;

    public CloudPorts()
        : this(CloudComposition.Default)
    {
    }

    internal CloudPorts(CloudComposition composition)
    {
        Composition = composition;
        _ports = composition.Services.ToDictionary(service => service.Name, _ => FreePort.Next(), StringComparer.Ordinal);
    }

    /// <summary>The services' names (as <c>--services</c> takes them), in start-up order.</summary>
    public IReadOnlyList<string> Services => [.. Composition.Services.Select(service => service.Name)];

    internal CloudComposition Composition { get; }

    /// <summary>The port of the service named <paramref name="service"/>, e.g. <c>identity</c>.</summary>
    public int this[string service] => _ports.TryGetValue(service, out var port)
        ? port
        : throw new ArgumentException($"The cloud has no service named {service}; it has {string.Join(", ", Services)}.", nameof(service));

    /// <summary>The catalog type of the service named <paramref name="service"/>, e.g. <c>image</c>.</summary>
    public string CatalogTypeOf(string service) =>
        Composition.Services.FirstOrDefault(candidate => candidate.Name == service)?.CatalogType
        ?? throw new ArgumentException($"The cloud has no service named {service}; it has {string.Join(", ", Services)}.", nameof(service));

    /// <summary>The URL the catalog lists for the service of <paramref name="catalogType"/> on 127.0.0.1, e.g. <c>http://127.0.0.1:P/v3</c> for identity.</summary>
    public Uri Url(string catalogType)
    {
        var service = ServiceOfType(catalogType);
        return new Uri($"http://127.0.0.1:{Text(_ports[service.Name])}{service.VersionPath}");
    }

    /// <summary>The root of the service of <paramref name="catalogType"/>, <c>http://127.0.0.1:P/</c>, a base for relative paths such as <c>v3/auth/tokens</c>.</summary>
    public Uri RootUrl(string catalogType) => new($"http://127.0.0.1:{Text(_ports[ServiceOfType(catalogType).Name])}/");

    /// <summary>The <c>SHARPSTACK__SERVICE__PORT</c> variables that put the services on these ports.</summary>
    public Dictionary<string, string> Environment() => Services.ToDictionary(
        service => $"SHARPSTACK__{service.ToUpperInvariant()}__PORT", service => Text(_ports[service]), StringComparer.Ordinal);

    /// <summary>The <c>SECTION:port</c> configuration keys that put the services on these ports.</summary>
    public Dictionary<string, string?> ConfigurationKeys() => Services.ToDictionary(
        service => $"{service}:port", service => (string?)Text(_ports[service]), StringComparer.Ordinal);

    /// <summary>The <c>[service] port = N</c> sections of an ini configuration for these ports.</summary>
    public string IniSections()
    {
        var ini = new StringBuilder();
        foreach (var service in Services)
        {
            ini.Append('[').Append(service).Append("]\nport = ").Append(Text(_ports[service])).Append("\n\n");
        }

        return ini.ToString();
    }

    private ServiceDefinition ServiceOfType(string catalogType) =>
        Composition.Services.FirstOrDefault(service => service.CatalogType == catalogType)
        ?? throw new ArgumentException($"The cloud has no service of type {catalogType}.", nameof(catalogType));

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
