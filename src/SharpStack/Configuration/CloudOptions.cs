using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Configuration;

/// <summary>Process-wide settings of a SharpStack host, in the <c>[DEFAULT]</c> section.</summary>
internal sealed class CloudOptions
{
    public const string Section = "DEFAULT";

    [ConfigurationKeyName("bind")]
    [Description("IP address every API listens on.")]
    public string Bind { get; set; } = "127.0.0.1";

    [ConfigurationKeyName("data_dir")]
    [Description("Folder for SQLite databases, keys, images and the generated clouds.yaml and openrc.")]
    public string DataDir { get; set; } = "./data";

    [ConfigurationKeyName("host")]
    [Description("Name of this machine as its agents report it; empty means the machine's host name.")]
    public string Host { get; set; } = "";

    [ConfigurationKeyName("region_name")]
    [Description("Region the service catalog lists the endpoints in.")]
    public string RegionName { get; set; } = "RegionOne";
}
