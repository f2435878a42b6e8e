using System.Security.Cryptography;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>Secrets as Keystone generates them (64 random bytes, URL-safe base64 without padding) and hashed as passwords are.</summary>
internal static class ApplicationCredentialSecrets
{
    private const int SecretBytes = 64;

    public static string Generate() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Hash(string secret, int rounds) => PasswordHasher.Hash(secret, rounds);

    public static bool Verify(string secret, string hash) => PasswordHasher.Verify(secret, hash);
}
