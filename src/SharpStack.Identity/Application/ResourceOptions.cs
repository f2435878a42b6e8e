using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application;

/// <summary>Keystone's <c>[DEFAULT]</c> settings of the resource backend.</summary>
public sealed class ResourceOptions
{
    public const string SectionName = "DEFAULT";

    [ConfigurationKeyName("max_project_tree_depth")]
    [Description("Maximum depth of the project hierarchy, excluding the project acting as a domain at the top of the hierarchy.")]
    public int MaxProjectTreeDepth { get; set; } = 5;
}
