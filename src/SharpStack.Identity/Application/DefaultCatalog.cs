using SharpStack.Common;

namespace SharpStack.Identity.Application;

/// <summary>The catalog of every SharpStack service on one host, with the service names devstack registers.</summary>
public static class DefaultCatalog
{
    /// <summary>The services on their default ports at <paramref name="host"/>.</summary>
    public static IList<CatalogService> For(string host, string scheme = "http")
    {
        var root = $"{scheme}://{host}";
        return
        [
            new(ServiceNames.Identity, "keystone", $"{root}:5000/v3"),
            new(ServiceNames.Image, "glance", $"{root}:9292"),
            new(ServiceNames.Compute, "nova", $"{root}:8774/v2.1"),
            new(ServiceNames.Placement, "placement", $"{root}:8778"),
            new(ServiceNames.BlockStorage, "cinderv3", $"{root}:8776/v3/$(project_id)s"),
            new("volumev3", "cinderv3", $"{root}:8776/v3/$(project_id)s"),
            new(ServiceNames.Network, "neutron", $"{root}:9696"),
            new(ServiceNames.ObjectStorage, "swift", $"{root}:8080/v1/AUTH_$(project_id)s"),
        ];
    }

    /// <summary>The service users devstack creates, one per service besides Identity.</summary>
    public static IList<ServiceUser> ServiceUsers() =>
        [new("glance"), new("nova"), new("placement"), new("cinder"), new("neutron"), new("swift")];
}
