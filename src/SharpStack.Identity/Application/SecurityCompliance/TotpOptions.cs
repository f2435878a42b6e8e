using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>The <c>totp</c> authentication method's window, from the <c>[totp]</c> section (keystone.conf's name and default).</summary>
public sealed class TotpOptions
{
    public const string SectionName = "totp";

    [ConfigurationKeyName("included_previous_windows")]
    [Description("The number of previous 30-second windows, 0 to 10, whose passcodes are accepted besides the current one's. The next window's passcode is never accepted.")]
    public int IncludedPreviousWindows { get; set; } = 1;
}
