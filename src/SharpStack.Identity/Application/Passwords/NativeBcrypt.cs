using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SharpStack.Identity.Application.Passwords;

/// <summary>bcrypt in C through libxcrypt: <c>$2b$</c> settings from <see cref="RandomNumberGenerator"/>, the password as UTF-8.</summary>
internal sealed class NativeBcrypt(ICryptLibrary crypt) : IBcrypt
{
    public const string Prefix = "$2b$";

    // bcrypt reads no more than 72 bytes of a password; Keystone truncates to them before hashing
    // (keystone/common/password_hashing.py), and libxcrypt would refuse a phrase of 512 bytes or more.
    public const int MaxPasswordBytes = 72;

    private const int SaltBytes = 16;
    private const string ProbePassword = "libxcrypt probe";
    private const string ProbeHash = "$2b$04$n9Gi86zqOYL/sO11fJdxGOiA5WEkQaL42/yArVS/.mxwbY89pmKNK";

    // Strict as BCrypt.Net-Next's encoding is: a password with a lone surrogate is refused by both.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why libxcrypt cannot do bcrypt here, or null when it hashes and checks a known <c>$2b$</c> hash.</summary>
    public static string? Probe(ICryptLibrary crypt)
    {
        try
        {
            var setting = crypt.GenerateSetting(Prefix, 4, RandomNumberGenerator.GetBytes(SaltBytes));
            if (setting is null || !setting.StartsWith(Prefix + "04$", StringComparison.Ordinal))
            {
                return $"crypt_gensalt_rn refused the {Prefix} prefix";
            }

            return new NativeBcrypt(crypt).Verify(ProbePassword, ProbeHash) ? null : $"crypt_rn did not reproduce a known {Prefix} hash";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return e.Message;
        }
    }

    public string Hash(string password, int cost)
    {
        var setting = crypt.GenerateSetting(Prefix, cost, RandomNumberGenerator.GetBytes(SaltBytes))
            ?? throw new CryptographicException($"libxcrypt refused a {Prefix} setting of cost {cost}.");
        return Crypt(password, setting) ?? throw new CryptographicException("libxcrypt refused to hash a password.");
    }

    public bool Verify(string password, string hash) =>
        Crypt(password, hash) is { } computed
        && CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(computed.AsSpan()), MemoryMarshal.AsBytes(hash.AsSpan()));

    private string? Crypt(string password, string setting)
    {
        var phrase = Utf8.GetBytes(password);
        try
        {
            return crypt.Crypt(phrase.AsSpan(0, Math.Min(phrase.Length, MaxPasswordBytes)), setting);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(phrase);
        }
    }
}
