using System.Globalization;

namespace SharpStack.IntegrationTests;

/// <summary>A free loopback port for every service of one <c>sharpstack up</c>, so that test clouds can run side by side.</summary>
public sealed class CloudPorts
{
    public int Identity { get; } = FreePort.Next();

    public int Image { get; } = FreePort.Next();

    /// <summary>The <c>SHARPSTACK__SERVICE__PORT</c> variables that put the services on these ports.</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["SHARPSTACK__IDENTITY__PORT"] = Identity.ToString(CultureInfo.InvariantCulture),
        ["SHARPSTACK__IMAGE__PORT"] = Image.ToString(CultureInfo.InvariantCulture),
    };
}
