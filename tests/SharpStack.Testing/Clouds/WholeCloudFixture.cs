using Xunit;

namespace SharpStack.Testing.Clouds;

/// <summary>One in-process <see cref="WholeCloud"/> shared by a test class: this build's every service on free loopback ports.</summary>
public sealed class WholeCloudFixture : IAsyncLifetime
{
    private WholeCloud? _cloud;

    public WholeCloud Cloud => _cloud ?? throw new InvalidOperationException("The cloud has not started.");

    public string AdminPassword => Cloud.AdminPassword;

    public string CloudsYaml => Cloud.CloudsYaml;

    public DirectoryInfo DataDirectory => Cloud.DataDirectory;

    public IReadOnlyDictionary<string, Uri> Urls => Cloud.Urls;

    /// <inheritdoc cref="WholeCloud.Url"/>
    public Uri Url(string catalogType) => Cloud.Url(catalogType);

    /// <inheritdoc cref="WholeCloud.RootUrl"/>
    public Uri RootUrl(string catalogType) => Cloud.RootUrl(catalogType);

    public async Task InitializeAsync() => _cloud = await WholeCloud.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cloud is not null)
        {
            await _cloud.DisposeAsync();
        }
    }
}
