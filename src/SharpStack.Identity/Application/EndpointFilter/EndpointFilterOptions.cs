using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.EndpointFilter;

/// <summary>OS-EP-FILTER's effect on token catalogs, from the <c>[endpoint_filter]</c> section (keystone.conf's names and defaults).</summary>
public sealed class EndpointFilterOptions
{
    public const string SectionName = "endpoint_filter";

    [ConfigurationKeyName("return_all_endpoints_if_no_filter")]
    [Description("Whether a token whose project has no endpoint associations gets the entire service catalog (true) or an empty one (false).")]
    public bool ReturnAllEndpointsIfNoFilter { get; set; } = true;
}
