using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Tests.Clients;

public sealed class ServiceClientOptionsTests
{
    private static ServiceClientOptions Bound(params (string Key, string? Value)[] settings)
    {
        using var services = ClientHost.Create(settings.ToDictionary(setting => setting.Key, setting => setting.Value));
        return services.GetRequiredService<IOptionsMonitor<ServiceClientOptions>>().Get("placement");
    }

    [Fact]
    public void Bind_NovaConfStyleSection_ReadsKeystoneauthNames()
    {
        var options = Bound(
            ("placement:valid_interfaces", "public, internalURL"),
            ("placement:region_name", "RegionTwo"),
            ("placement:timeout", "12.5"),
            ("placement:connect_retries", "5"),
            ("placement:connect_retry_delay", "2"),
            ("placement:auth_type", "password"),
            ("placement:auth_url", "http://controller:5000/v3"),
            ("placement:username", "placement"),
            ("placement:password", "pw"),
            ("placement:project_name", "service"),
            ("placement:user_domain_name", "Users"));

        Assert.Equal(["public", "internal"], options.Interfaces);
        Assert.Equal("RegionTwo", options.RegionName);
        Assert.Equal(12.5, options.Timeout);
        Assert.Equal(5, options.ConnectRetries);
        Assert.Equal(2, options.ConnectRetryDelay);
        Assert.True(options.HasCredentials);
        Assert.Equal("Users", options.UserDomainName);
        Assert.Equal("Default", options.ProjectDomainName);
    }

    [Fact]
    public void Bind_EmptySection_DefaultsToInternalThenPublicWithoutOwnCredentials()
    {
        var options = Bound();

        Assert.Equal(["internal", "public"], options.Interfaces);
        Assert.False(options.HasCredentials);
    }

    [Theory]
    [InlineData("placement:auth_type", "token")]
    [InlineData("placement:username", "placement")]
    [InlineData("placement:valid_interfaces", "private")]
    [InlineData("placement:timeout", "0")]
    public void Bind_InvalidSection_RefusedNamingTheSection(string key, string value)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Bound((key, value)));

        Assert.Contains("[placement]", refused.Message, StringComparison.Ordinal);
    }
}
