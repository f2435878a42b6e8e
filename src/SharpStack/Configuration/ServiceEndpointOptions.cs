using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Configuration;

/// <summary>Where one service listens and the URL the catalog advertises for it, in the service's section.</summary>
internal sealed class ServiceEndpointOptions
{
    [ConfigurationKeyName("port")]
    [Description("TCP port the service's API listens on (0 keeps the service's default port).")]
    public int Port { get; set; }

    [ConfigurationKeyName("public_endpoint")]
    [Description("Base URL clients use to reach this service, as listed in the catalog; empty means http://<bind>:<port>.")]
    public string PublicEndpoint { get; set; } = "";
}
