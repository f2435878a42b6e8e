using SharpStack.Composition;

namespace SharpStack.Testing.Clouds;

/// <summary>
/// The whole cloud of <c>sharpstack up</c> in the test's own process, on free loopback ports: the same start-up as
/// <c>up</c> (migrations, bootstrap, every registered service and one agent of each kind), reached over real HTTP.
/// </summary>
public sealed class WholeCloud : IAsyncDisposable
{
    public const string DefaultAdminPassword = "secret";

    private readonly bool _ownsDataDirectory;

    private WholeCloud(EmbeddedCloud cloud, string adminPassword, bool ownsDataDirectory)
    {
        Cloud = cloud;
        AdminPassword = adminPassword;
        _ownsDataDirectory = ownsDataDirectory;
    }

    public string AdminPassword { get; }

    public DirectoryInfo DataDirectory => Cloud.DataDirectory;

    /// <summary>The <c>clouds.yaml</c> that <c>up</c> wrote, with cloud <c>sharpstack</c> for the admin.</summary>
    public string CloudsYaml => Cloud.CloudsYamlPath;

    /// <summary>The catalog URL of every service, by catalog type.</summary>
    public IReadOnlyDictionary<string, Uri> Urls => Cloud.Endpoints.ToDictionary(e => e.Service.CatalogType, e => new Uri(e.CatalogUrl), StringComparer.Ordinal);

    internal EmbeddedCloud Cloud { get; }

    /// <summary>Starts this build's cloud in <paramref name="dataDirectory"/> (a new temporary folder, deleted on dispose, when null).</summary>
    /// <param name="configuration">Configuration keys (<c>section:key</c>) on top of the defaults, as <c>up</c>'s command line gives them.</param>
    public static Task<WholeCloud> StartAsync(
        DirectoryInfo? dataDirectory = null,
        string adminPassword = DefaultAdminPassword,
        IReadOnlyDictionary<string, string?>? configuration = null,
        CancellationToken cancellationToken = default) =>
        StartAsync(CloudComposition.Default, dataDirectory, adminPassword, configuration, cancellationToken);

    internal static async Task<WholeCloud> StartAsync(
        CloudComposition composition,
        DirectoryInfo? dataDirectory,
        string adminPassword,
        IReadOnlyDictionary<string, string?>? configuration,
        CancellationToken cancellationToken)
    {
        var folder = dataDirectory ?? Directory.CreateTempSubdirectory("sharpstack-cloud");
        var overrides = new CloudPorts(composition).ConfigurationKeys();
        overrides["DEFAULT:data_dir"] = folder.FullName;
        overrides["DEFAULT:bind"] = "127.0.0.1";
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        try
        {
            var cloud = await EmbeddedCloud.StartAsync(composition, new EmbeddedCloudRequest(null, overrides, adminPassword), _ => { }, cancellationToken);
            return new WholeCloud(cloud, adminPassword, dataDirectory is null);
        }
        catch when (dataDirectory is null)
        {
            folder.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>The catalog URL of the service of <paramref name="catalogType"/>, e.g. <c>http://127.0.0.1:P/v3</c> for identity.</summary>
    public Uri Url(string catalogType) => Urls.TryGetValue(catalogType, out var url)
        ? url
        : throw new ArgumentException($"The cloud has no service of type {catalogType}.", nameof(catalogType));

    /// <summary>The root of the service of <paramref name="catalogType"/>, <c>http://127.0.0.1:P/</c>.</summary>
    public Uri RootUrl(string catalogType) => new(Url(catalogType), "/");

    public async ValueTask DisposeAsync()
    {
        await Cloud.DisposeAsync();
        if (_ownsDataDirectory)
        {
            DataDirectory.Delete(recursive: true);
        }
    }
}
