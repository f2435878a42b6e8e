using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using SharpStack.Hosting.Auth;

namespace SharpStack.Hosting.Clients;

/// <summary>How this service reaches another one, from that target's section (e.g. <c>[placement]</c>), with keystoneauth's option names as in nova.conf.</summary>
public sealed class ServiceClientOptions : ServiceUserOptions
{
    /// <summary>The interfaces <see cref="ValidInterfaces"/> defaults to, tried in this order.</summary>
    public const string DefaultValidInterfaces = "internal,public";

    [ConfigurationKeyName("valid_interfaces")]
    [Description("Catalog interfaces to use for the endpoint, in order of preference (comma-separated: internal, public, admin).")]
    public string ValidInterfaces { get; set; } = DefaultValidInterfaces;

    [ConfigurationKeyName("region_name")]
    [Description("Region of the endpoint in the catalog; empty accepts any region.")]
    public string? RegionName { get; set; }

    [ConfigurationKeyName("endpoint_override")]
    [Description("Use this URL instead of looking the endpoint up in the catalog; %(project_id)s and $(project_id)s are replaced by the acting project.")]
    public string? EndpointOverride { get; set; }

    [ConfigurationKeyName("timeout")]
    [Description("Seconds to wait for each attempt's answer before the call fails as unavailable.")]
    public double Timeout { get; set; } = 60;

    [ConfigurationKeyName("connect_retries")]
    [Description("How often an idempotent call (GET, HEAD, PUT, DELETE, OPTIONS) is retried after a connection failure; POST and PATCH never are.")]
    public int ConnectRetries { get; set; } = 3;

    [ConfigurationKeyName("connect_retry_delay")]
    [Description("Seconds between connection retries; empty means exponential backoff from 0.5 s, doubling up to 60 s.")]
    public double? ConnectRetryDelay { get; set; }

    [ConfigurationKeyName("status_code_retries")]
    [Description("How often an idempotent call that got 503 is retried.")]
    public int StatusCodeRetries { get; set; }

    [ConfigurationKeyName("status_code_retry_delay")]
    [Description("Seconds between 503 retries; empty means exponential backoff from 0.5 s, doubling up to 60 s.")]
    public double? StatusCodeRetryDelay { get; set; }

    [ConfigurationKeyName("auth_type")]
    [Description("Authentication plugin of the service user; only password is supported. Leave the credentials empty to use those of [keystone_authtoken].")]
    public string? AuthType { get; set; }

    /// <summary>Whether this section names its own service user; otherwise <c>[keystone_authtoken]</c>'s is used.</summary>
    public bool HasCredentials => AuthType is not null || AuthUrl is not null || Username is not null;

    /// <summary><see cref="ValidInterfaces"/> as a list, with the legacy <c>URL</c> suffix (<c>internalURL</c>) removed.</summary>
    public IReadOnlyList<string> Interfaces =>
    [
        .. ValidInterfaces.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.EndsWith("URL", StringComparison.Ordinal) ? name[..^3] : name),
    ];
}
