using System.Text.Json.Serialization;

namespace SharpStack.Identity.Api;

/// <summary>The Keystone v3 version entry that keystoneauth reads during discovery.</summary>
internal sealed record IdentityVersionDocument(
    string Id,
    string Status,
    string Updated,
    IReadOnlyList<VersionLink> Links,
    [property: JsonPropertyName("media-types")] IReadOnlyList<MediaType> MediaTypes)
{
    public const string CurrentId = "v3.14";

    // Keystone has announced v3.14 with this date since the Ussuri release.
    public const string CurrentUpdated = "2020-04-07T00:00:00Z";

    public static IdentityVersionDocument ForBaseUrl(string baseUrl) => new(
        CurrentId,
        "stable",
        CurrentUpdated,
        [new VersionLink("self", $"{baseUrl.TrimEnd('/')}/v3/")],
        [new MediaType("application/json", "application/vnd.openstack.identity-v3+json")]);
}
