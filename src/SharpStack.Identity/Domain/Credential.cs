using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A user's secret (an EC2 key pair, a certificate, a TOTP seed, ...); the blob is stored encrypted.</summary>
internal sealed class Credential
{
    public const int TypeMaxLength = 255;
    public const int KeyHashMaxLength = 64;

    public required string Id { get; init; }

    public required string UserId { get; set; }

    public string? ProjectId { get; set; }

    public required string Type { get; set; }

    /// <summary>The blob encrypted with the credential key whose hash is <see cref="KeyHash"/>.</summary>
    public required string EncryptedBlob { get; set; }

    public required string KeyHash { get; set; }

    public JsonObject Extra { get; set; } = [];
}
