using System.Text.Json.Nodes;

namespace SharpStack.Image.Domain;

/// <summary>An asynchronous Glance task (an import), with its input, result and status.</summary>
internal sealed class ImageTask
{
    public const int MessageMaxLength = 4096;

    public required string Id { get; init; }

    /// <summary>Always <c>api_image_import</c> for tasks the import API creates.</summary>
    public required string Type { get; init; }

    /// <summary>pending, processing, success or failure.</summary>
    public required string Status { get; set; }

    public required string Owner { get; init; }

    public string? ImageId { get; init; }

    public string? RequestId { get; init; }

    public string? UserId { get; init; }

    public JsonObject Input { get; init; } = [];

    /// <summary>What the task produced; empty (shown as null) until it ends.</summary>
    public JsonObject Result { get; set; } = [];

    public string Message { get; set; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }
}
