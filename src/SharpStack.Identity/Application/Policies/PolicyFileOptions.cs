using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Where Identity's policy overrides live, in the <c>[oslo_policy]</c> section as oslo.policy names it.</summary>
public sealed class PolicyFileOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "oslo_policy";

    [ConfigurationKeyName("policy_file")]
    [Description("YAML or JSON file of policy rule overrides (\"identity:list_users\": \"role:admin\"); empty uses Keystone's defaults.")]
    public string PolicyFile { get; set; } = "";
}
