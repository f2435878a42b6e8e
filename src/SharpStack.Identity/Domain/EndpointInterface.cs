namespace SharpStack.Identity.Domain;

/// <summary>The interfaces an endpoint may serve, spelled as in the catalog.</summary>
internal static class EndpointInterface
{
    public const string Public = "public";
    public const string Internal = "internal";
    public const string Admin = "admin";
    public const int MaxLength = 8;

    public static IReadOnlyList<string> All { get; } = [Public, Internal, Admin];
}
