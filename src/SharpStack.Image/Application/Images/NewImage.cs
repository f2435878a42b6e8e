namespace SharpStack.Image.Application.Images;

/// <summary>An image as a create request proposes it, after validation.</summary>
internal sealed record NewImage
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string Visibility { get; init; } = Domain.ImageVisibility.Shared;

    public bool Protected { get; init; }

    public bool OsHidden { get; init; }

    /// <summary>The owner the body names; null means the caller's project.</summary>
    public string? Owner { get; init; }

    public bool OwnerGiven { get; init; }

    public string? DiskFormat { get; init; }

    public string? ContainerFormat { get; init; }

    public int MinDisk { get; init; }

    public int MinRam { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}
