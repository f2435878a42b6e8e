using Microsoft.Extensions.Options;
using OtpNet;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>
/// Keystone's passcode check (keystone/auth/plugins/totp.py): HMAC-SHA1, 6 digits, a 30-second step, the current
/// window and <c>[totp] included_previous_windows</c> before it, never a later one.
/// </summary>
internal sealed class TotpVerifier(IOptions<TotpOptions> options, TimeProvider time)
{
    public const int Digits = 6;
    public const int StepSeconds = 30;

    public bool Matches(string blob, string passcode)
    {
        if (TotpSecret.Decode(blob) is not { } key)
        {
            return false;
        }

        var totp = new Totp(key, StepSeconds, OtpHashMode.Sha1, Digits);
        var window = new VerificationWindow(previous: options.Value.IncludedPreviousWindows, future: 0);
        return totp.VerifyTotp(time.GetUtcNow().UtcDateTime, passcode, out _, window);
    }
}
