using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.Lists;

/// <summary>
/// <c>list_limit</c> of <c>[DEFAULT]</c> and of each backend's section (<see cref="ListLimitSections"/>), keystone.conf's
/// names: a section's value overrides <c>[DEFAULT]</c>'s, and with neither set collections are not limited.
/// </summary>
public sealed class ListLimitOptions
{
    [ConfigurationKeyName("list_limit")]
    [Description("The maximum number of entities returned in a collection; a section's list_limit overrides [DEFAULT]'s, and no limit is set by default.")]
    public int? ListLimit { get; set; }
}
