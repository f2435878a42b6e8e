using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Quotas;

/// <summary>oslo.limit's <c>[oslo_limit]</c> options: which catalog endpoint the unified limits belong to. Identity is called with the <c>[keystone_authtoken]</c> service user.</summary>
public sealed class OsloLimitOptions
{
    public const string SectionName = "oslo_limit";

    [ConfigurationKeyName("endpoint_id")]
    [Description("The Image endpoint's id in Identity; its service and region select the limits. When unset, the endpoint is looked up by endpoint_service_type/endpoint_service_name, endpoint_region_name and endpoint_interface.")]
    public string? EndpointId { get; set; }

    [ConfigurationKeyName("endpoint_service_name")]
    [Description("Service name for endpoint discovery, e.g. glance.")]
    public string? EndpointServiceName { get; set; }

    [ConfigurationKeyName("endpoint_service_type")]
    [Description("Service type for endpoint discovery. oslo.limit has no default; SharpStack's Image service uses 'image' when neither this nor endpoint_service_name is set.")]
    public string? EndpointServiceType { get; set; }

    [ConfigurationKeyName("endpoint_region_name")]
    [Description("Region of the endpoint; unset matches endpoints in any region (and fails when there are several).")]
    public string? EndpointRegionName { get; set; }

    [ConfigurationKeyName("endpoint_interface")]
    [Description("Interface of the endpoint: public, internal or admin (the deprecated publicURL, internalURL and adminURL are accepted).")]
    public string EndpointInterface { get; set; } = "public";
}
