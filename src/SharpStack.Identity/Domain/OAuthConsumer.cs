using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>An OAuth 1.0a consumer (OS-OAUTH1); its secret is shown once, on creation.</summary>
internal sealed class OAuthConsumer
{
    public const int DescriptionMaxLength = 64;
    public const int SecretMaxLength = 64;

    public required string Id { get; init; }

    public string? Description { get; set; }

    public required string Secret { get; init; }

    public JsonObject Extra { get; set; } = [];
}
