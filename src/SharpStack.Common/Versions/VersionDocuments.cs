using SharpStack.Common.Links;
using SharpStack.Common.Microversions;

namespace SharpStack.Common.Versions;

/// <summary>Builds each service's version discovery entries and the documents that wrap them.</summary>
public static class VersionDocuments
{
    private const string Json = "application/json";

    /// <summary><c>{"versions": [...]}</c>: Nova, Glance, Cinder, Placement.</summary>
    public static VersionList List(params ApiVersion[] versions) => new(versions);

    /// <summary><c>{"versions": {"values": [...]}}</c>: Keystone's root, answered with 300.</summary>
    public static KeystoneVersionList KeystoneList(params ApiVersion[] versions) => new(new VersionValues(versions));

    /// <summary><c>{"version": {...}}</c>: the document at a version's own root.</summary>
    public static SingleVersion Document(ApiVersion version) => new(version);

    /// <summary>Nova's v2.1 entry. <paramref name="baseUri"/> is the endpoint root, e.g. <c>http://host:8774/</c>.</summary>
    public static ApiVersion Compute(Uri baseUri, MicroversionOptions microversions) => new()
    {
        Id = "v2.1",
        Status = "CURRENT",
        Version = Max(microversions),
        MinVersion = Min(microversions),
        Updated = "2013-07-23T11:33:21Z",
        Links = [new Link("self", Href(baseUri, "v2.1/")), new Link("describedby", "http://docs.openstack.org/", "text/html")],
        MediaTypes = [new MediaType(Json, "application/vnd.openstack.compute+json;version=2.1")],
    };

    /// <summary>Keystone's v3 entry.</summary>
    public static ApiVersion Identity(Uri baseUri) => new()
    {
        Id = "v3.14",
        Status = "stable",
        Updated = "2020-04-07T00:00:00Z",
        Links = [new Link("self", Href(baseUri, "v3/"))],
        MediaTypes = [new MediaType(Json, "application/vnd.openstack.identity-v3+json")],
    };

    /// <summary>Glance's v2 entries, newest first; Glance lists every v2.x minor it supports.</summary>
    public static ApiVersion[] Image(Uri baseUri, int currentMinor) =>
        [.. Enumerable.Range(0, currentMinor + 1).Reverse().Select(minor => new ApiVersion
        {
            Id = FormattableString.Invariant($"v2.{minor}"),
            Status = minor == currentMinor ? "CURRENT" : "SUPPORTED",
            Links = [new Link("self", Href(baseUri, "v2/"))],
        })];

    /// <summary>Cinder's v3 entry.</summary>
    public static ApiVersion Volume(Uri baseUri, MicroversionOptions microversions) => new()
    {
        Id = "v3.0",
        Status = "CURRENT",
        Version = Max(microversions),
        MinVersion = Min(microversions),
        Updated = "2023-08-31T00:00:00Z",
        Links = [new Link("describedby", "https://docs.openstack.org/", "text/html"), new Link("self", Href(baseUri, "v3/"))],
        MediaTypes = [new MediaType(Json, "application/vnd.openstack.volume+json;version=3")],
    };

    /// <summary>Placement's only entry; Placement names the range <c>min_version</c>/<c>max_version</c>.</summary>
    public static ApiVersion Placement(Uri baseUri, MicroversionOptions microversions) => new()
    {
        Id = "v1.0",
        Status = "CURRENT",
        MaxVersion = Max(microversions),
        MinVersion = Min(microversions),
        Links = [new Link("self", Href(baseUri, string.Empty))],
    };

    /// <summary>Joins a relative path to an endpoint root, keeping any path prefix the root has.</summary>
    public static string Href(Uri baseUri, string relative)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var root = baseUri.ToString();
        return (root.EndsWith('/') ? root : root + "/") + relative;
    }

    private static string Max(MicroversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Maximum.ToString();
    }

    private static string Min(MicroversionOptions options) => options.Minimum.ToString();
}
