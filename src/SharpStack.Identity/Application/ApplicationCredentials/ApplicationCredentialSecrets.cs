using System.Security.Cryptography;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>Secrets as Keystone generates them: 64 random bytes, URL-safe base64 without padding.</summary>
internal static class ApplicationCredentialSecrets
{
    private const int SecretBytes = 64;

    public static string Generate() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
}
