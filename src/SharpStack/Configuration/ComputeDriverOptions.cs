using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Configuration;

/// <summary>Which hypervisor driver the compute agent uses, in the <c>[compute]</c> section.</summary>
internal sealed class ComputeDriverOptions
{
    public const string Section = "compute";

    public static readonly IReadOnlyList<string> KnownDrivers = ["fake", "qemu"];

    [ConfigurationKeyName("compute_driver")]
    [Description("Compute driver: 'fake' (instant, no guests) or 'qemu' (real virtual machines).")]
    public string ComputeDriver { get; set; } = "fake";
}
