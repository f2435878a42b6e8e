using System.Security.Cryptography;
using System.Text;

namespace SharpStack.Identity.Application.Credentials;

/// <summary>One credential encryption key and the hash stored next to what it encrypted (sha1 of its text, as Keystone's key_hash).</summary>
internal sealed record CredentialKey(byte[] Bytes, string Hash)
{
    public static CredentialKey FromFileText(string text)
    {
        var bytes = Convert.FromBase64String(text);
        if (bytes.Length != 32)
        {
            throw new InvalidOperationException("A credential key must hold 32 bytes in base64.");
        }

#pragma warning disable CA5350 // Not a security use: the hash only names the key, as Keystone's key_hash does.
        var hash = Convert.ToHexStringLower(SHA1.HashData(Encoding.ASCII.GetBytes(text)));
#pragma warning restore CA5350
        return new CredentialKey(bytes, hash);
    }
}
