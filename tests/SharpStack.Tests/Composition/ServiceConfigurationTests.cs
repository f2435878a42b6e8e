using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Tests.Composition.Echo;

namespace SharpStack.Tests.Composition;

public sealed class ServiceConfigurationTests
{
    [Fact]
    public void For_ServiceWithAServiceUser_ValidatesTokensAsThatUserByDefault()
    {
        var configuration = ServiceConfiguration.For(EchoService.Definition, Build());

        Assert.Equal("echo", configuration["keystone_authtoken:username"]);
        Assert.Null(ServiceConfiguration.For(CloudComposition.Default.Identity, Build())["keystone_authtoken:username"]);
    }

    [Fact]
    public void For_ConfiguredValues_WinOverTheEntrysDefaultsAndEmbeddedDefaults()
    {
        var process = Build(("keystone_authtoken:username", "operator-choice"), ("DEFAULT:use_keystone_limits", "false"));

        var configuration = ServiceConfiguration.For(
            EchoService.Definition, process, new Dictionary<string, string?> { ["DEFAULT:use_keystone_limits"] = "true", ["oslo_limit:endpoint_service_type"] = "echo" });

        Assert.Equal("operator-choice", configuration["keystone_authtoken:username"]);
        Assert.Equal("false", configuration["DEFAULT:use_keystone_limits"]);
        Assert.Equal("echo", configuration["oslo_limit:endpoint_service_type"]);
    }

    private static IConfiguration Build(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build();
}
