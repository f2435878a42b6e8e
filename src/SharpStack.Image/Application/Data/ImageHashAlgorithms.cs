using System.Security.Cryptography;

namespace SharpStack.Image.Application.Data;

/// <summary>The secure hashes <c>os_hash_algo</c> may name, by their Python <c>hashlib</c> names.</summary>
internal static class ImageHashAlgorithms
{
    public const string Sha256 = "sha256";
    public const string Sha384 = "sha384";
    public const string Sha512 = "sha512";

    public static IReadOnlyList<string> Supported { get; } = [Sha256, Sha384, Sha512];

    public static bool TryGet(string? name, out HashAlgorithmName algorithm)
    {
        algorithm = name switch
        {
            Sha256 => HashAlgorithmName.SHA256,
            Sha384 => HashAlgorithmName.SHA384,
            Sha512 => HashAlgorithmName.SHA512,
            _ => default,
        };
        return algorithm != default;
    }
}
