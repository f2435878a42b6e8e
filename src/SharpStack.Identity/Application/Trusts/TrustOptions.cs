using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>Trust delegation, from the <c>[trust]</c> section (keystone.conf's names and defaults).</summary>
public sealed class TrustOptions
{
    public const string SectionName = "trust";

    [ConfigurationKeyName("max_redelegation_count")]
    [Description("Maximum depth of a chain of redelegated trusts.")]
    public int MaxRedelegationCount { get; set; } = 3;
}
