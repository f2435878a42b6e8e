namespace SharpStack.Image.Domain.Metadefs;

/// <summary>The resource types Glance's etc/metadefs associate namespaces with, present from the first migration on.</summary>
internal static class MetadefSeed
{
    public static readonly DateTime SeededAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<string> ResourceTypes { get; } =
    [
        "OS::Glance::Image",
        "OS::Cinder::Volume",
        "OS::Nova::Flavor",
        "OS::Nova::Aggregate",
        "OS::Nova::Server",
        "OS::Trove::Instance",
        "OS::Glance::Snapshot",
    ];
}
