using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Policies;

/// <summary>Where the Image service's policy overrides live: <c>[oslo_policy] policy_file</c>, as in glance-api.conf.</summary>
public sealed class ImagePolicyFileOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "oslo_policy";

    [ConfigurationKeyName("policy_file")]
    [Description("YAML or JSON file of policy rule overrides (\"get_images\": \"role:admin\"); empty uses the defaults.")]
    public string PolicyFile { get; set; } = "";
}
