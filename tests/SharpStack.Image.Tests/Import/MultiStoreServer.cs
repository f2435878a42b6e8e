namespace SharpStack.Image.Tests.Import;

/// <summary>An Image API with two file stores (fast, the default, and cheap) and web-download allowed from 127.0.0.1 on any port.</summary>
public sealed class MultiStoreServer : ImageServer
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        .. base.Settings(),
        new("DEFAULT:enabled_backends", "fast:file, cheap:file"),
        new("glance_store:default_backend", "fast"),
        new("fast:store_description", "Fast local disk"),
        new("cheap:store_description", "Cheap disk"),
        new("cheap:weight", "10"),
        new("import_filtering_opts:allowed_hosts", "127.0.0.1"),
        new("import_filtering_opts:allowed_ports", ""),
    ];
}
