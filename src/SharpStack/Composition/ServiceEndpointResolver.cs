using Microsoft.Extensions.Configuration;
using SharpStack.Configuration;

namespace SharpStack.Composition;

/// <summary>Resolves each service's port and public URL from its configuration section.</summary>
internal static class ServiceEndpointResolver
{
    public static ServiceEndpoint Resolve(ServiceDefinition service, IConfiguration configuration, CloudOptions host)
    {
        var options = configuration.GetSection(service.Name).Get<ServiceEndpointOptions>() ?? new ServiceEndpointOptions();
        var port = options.Port == 0 ? service.DefaultPort : options.Port;
        if (port is < 1 or > 65535)
        {
            throw new OperatorException($"[{service.Name}] port = {port} is not a TCP port; use a number from 1 to 65535.");
        }

        var publicUrl = string.IsNullOrWhiteSpace(options.PublicEndpoint)
            ? $"http://{PublicHost(host.Bind)}:{port}"
            : options.PublicEndpoint;
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out _))
        {
            throw new OperatorException($"[{service.Name}] public_endpoint = {publicUrl} is not an absolute URL; write it as http://host:port.");
        }

        return new ServiceEndpoint(service, host.Bind, port, publicUrl, !string.IsNullOrWhiteSpace(options.PublicEndpoint));
    }

    private static string PublicHost(string bind) => bind switch
    {
        "0.0.0.0" or "::" => System.Net.Dns.GetHostName(),
        _ when bind.Contains(':', StringComparison.Ordinal) => $"[{bind}]",
        _ => bind,
    };
}
