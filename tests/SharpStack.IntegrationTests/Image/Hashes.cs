using System.Security.Cryptography;

namespace SharpStack.IntegrationTests.Image;

/// <summary>Glance's two digests of some bytes: <c>checksum</c> (MD5) and <c>os_hash_value</c> (SHA-512), lower-case hex.</summary>
public sealed record Hashes(string Md5, string Sha512, long Size)
{
    /// <summary>Reads <paramref name="source"/> to its end once, hashing and counting as it goes.</summary>
    public static async Task<Hashes> OfAsync(Stream source, CancellationToken cancellationToken = default)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using var sha512 = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        var buffer = new byte[1 << 20];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            md5.AppendData(buffer, 0, read);
            sha512.AppendData(buffer, 0, read);
            size += read;
        }

        return new Hashes(Convert.ToHexStringLower(md5.GetHashAndReset()), Convert.ToHexStringLower(sha512.GetHashAndReset()), size);
    }

    public static async Task<Hashes> OfFileAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return await OfAsync(file);
    }
}
