using System.Security.Cryptography;
using System.Text;

namespace SharpStack.Identity.Application.Credentials;

/// <summary>Encrypts credential blobs with AES-256-GCM under the primary key: base64(nonce | ciphertext | tag).</summary>
internal sealed class CredentialCipher(CredentialKeyRepository keys)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public (string EncryptedBlob, string KeyHash) Encrypt(string blob)
    {
        var key = keys.Keys[0];
        var plain = Encoding.UTF8.GetBytes(blob);
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length), null);
        return (Convert.ToBase64String(output), key.Hash);
    }

    /// <exception cref="CryptographicException">No key of the repository decrypts the blob.</exception>
    public string Decrypt(string encryptedBlob, string keyHash)
    {
        var data = Convert.FromBase64String(encryptedBlob);
        var candidates = keys.Keys.OrderByDescending(k => k.Hash == keyHash);
        foreach (var key in candidates)
        {
            var plain = new byte[data.Length - NonceSize - TagSize];
            using var aes = new AesGcm(key.Bytes, TagSize);
            try
            {
                aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize, plain.Length), data.AsSpan(NonceSize + plain.Length), plain, null);
                return Encoding.UTF8.GetString(plain);
            }
            catch (AuthenticationTagMismatchException)
            {
                // Try the next key: the blob may predate a rotation.
            }
        }

        throw new CryptographicException("No credential key decrypts this credential; is the key repository complete?");
    }
}
