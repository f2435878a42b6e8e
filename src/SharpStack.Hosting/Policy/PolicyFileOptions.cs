using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Hosting.Policy;

/// <summary>
/// Where the policy overrides live, in the <c>[oslo_policy]</c> section as oslo.policy names it; one file serves
/// every service of a process, each reading the rules it knows.
/// </summary>
public sealed class PolicyFileOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "oslo_policy";

    [ConfigurationKeyName("policy_file")]
    [Description("YAML or JSON file of policy rule overrides (\"identity:list_users\": \"role:admin\", \"get_images\": \"role:admin\"); empty uses each service's defaults.")]
    public string PolicyFile { get; set; } = "";
}
