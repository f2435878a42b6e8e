namespace SharpStack.Composition;

/// <summary>Where a running service listens and the URL the catalog gives for it.</summary>
internal sealed record ServiceEndpoint(ServiceDefinition Service, string Bind, int Port, string PublicBaseUrl, bool IsPublicUrlConfigured)
{
    public string ListenUrl => $"http://{(Bind.Contains(':', StringComparison.Ordinal) ? $"[{Bind}]" : Bind)}:{Port}";

    public string ProbeUrl => $"http://{ProbeHost}:{Port}/";

    public string CatalogUrl => PublicBaseUrl.TrimEnd('/') + Service.VersionPath;

    private string ProbeHost => Bind switch
    {
        "0.0.0.0" => "127.0.0.1",
        "::" => "[::1]",
        _ when Bind.Contains(':', StringComparison.Ordinal) => $"[{Bind}]",
        _ => Bind,
    };
}
