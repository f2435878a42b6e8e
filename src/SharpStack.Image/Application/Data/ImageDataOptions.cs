using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Data;

/// <summary>Limits on image data and how it is hashed, from <c>[DEFAULT]</c> as in Glance.</summary>
public sealed class ImageDataOptions
{
    public const string SectionName = "DEFAULT";

    /// <summary>Glance's default: 1 TiB.</summary>
    public const long DefaultImageSizeCap = 1099511627776;

    [ConfigurationKeyName("image_size_cap")]
    [Description("Largest image, in bytes, that an upload, stage or import may store; larger data gets 413 and is removed.")]
    public long ImageSizeCap { get; set; } = DefaultImageSizeCap;

    [ConfigurationKeyName("hashing_algorithm")]
    [Description("Secure hash computed over uploaded and imported data into os_hash_value and named in os_hash_algo: sha256, sha384 or sha512 (checksum stays MD5); images stored earlier keep theirs.")]
    public string HashingAlgorithm { get; set; } = ImageHashAlgorithms.Sha512;
}
