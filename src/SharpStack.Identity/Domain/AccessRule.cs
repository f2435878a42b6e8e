namespace SharpStack.Identity.Domain;

/// <summary>
/// An API call (service type, path, method) a restricted application credential may make; owned by a user and shared
/// by the user's application credentials that list an identical rule. <see cref="ExternalId"/> is the id on the API.
/// </summary>
internal sealed class AccessRule
{
    public const int ServiceMaxLength = 64;
    public const int PathMaxLength = 225;
    public const int MethodMaxLength = 16;

    public int Id { get; init; }

    public required string ExternalId { get; init; }

    public required string UserId { get; init; }

    public required string Service { get; init; }

    public required string Path { get; init; }

    public required string Method { get; init; }
}
