using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharpStack.Identity.Application.SecurityCompliance;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class TotpOptionsTests
{
    private static TotpOptions Bind(string? includedPreviousWindows)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (includedPreviousWindows is not null)
        {
            settings["totp:included_previous_windows"] = includedPreviousWindows;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSecurityCompliance();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<TotpOptions>>().Value;
    }

    [Fact]
    public void IncludedPreviousWindows_Unset_KeystoneDefaultOne()
    {
        Assert.Equal(1, Bind(null).IncludedPreviousWindows);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    public void IncludedPreviousWindows_InRange_Bound(string setting, int expected)
    {
        Assert.Equal(expected, Bind(setting).IncludedPreviousWindows);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("11")]
    public void IncludedPreviousWindows_OutOfRange_Refused(string setting)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(setting));

        Assert.Contains("totp.included_previous_windows must be between 0 and 10.", error.Failures);
    }
}
