using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Import;

/// <summary>Which URIs web-download may fetch, <c>[import_filtering_opts]</c> as in Glance; an allow list wins over its deny list.</summary>
public sealed class ImportFilteringOptions
{
    public const string SectionName = "import_filtering_opts";

    [ConfigurationKeyName("allowed_schemes")]
    [Description("URI schemes web-download may use, comma-separated; empty allows any scheme not disallowed.")]
    public string AllowedSchemes { get; set; } = "http,https";

    [ConfigurationKeyName("disallowed_schemes")]
    [Description("URI schemes web-download may not use (ignored when allowed_schemes is set).")]
    public string DisallowedSchemes { get; set; } = "";

    [ConfigurationKeyName("allowed_hosts")]
    [Description("Hosts (names or IP addresses) web-download may fetch from; empty allows any host not disallowed.")]
    public string AllowedHosts { get; set; } = "";

    [ConfigurationKeyName("disallowed_hosts")]
    [Description("Hosts web-download may not fetch from (ignored when allowed_hosts is set).")]
    public string DisallowedHosts { get; set; } = "";

    [ConfigurationKeyName("allowed_ports")]
    [Description("Ports web-download may connect to; empty allows any port not disallowed.")]
    public string AllowedPorts { get; set; } = "80,443";

    [ConfigurationKeyName("disallowed_ports")]
    [Description("Ports web-download may not connect to (ignored when allowed_ports is set).")]
    public string DisallowedPorts { get; set; } = "";
}
