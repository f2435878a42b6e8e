using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Quotas;

/// <summary>Glance's <c>[DEFAULT] use_keystone_limits</c>: whether image quotas come from Identity's unified limits.</summary>
public sealed class KeystoneLimitsOptions
{
    public const string SectionName = "DEFAULT";

    [ConfigurationKeyName("use_keystone_limits")]
    [Description("Enforce per-project image quotas (image_size_total, image_stage_total, image_count_total, image_count_uploading) from Identity's unified limits. A resource without a registered limit is then limited to 0. Glance's default is false; sharpstack up turns it on and registers unlimited defaults.")]
    public bool UseKeystoneLimits { get; set; }
}
