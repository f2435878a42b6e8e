using SharpStack.Composition;

namespace SharpStack.Tests.Composition;

public sealed class ClientConfigWriterTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sharpstack-client");

    [Fact]
    public void Write_PasswordWithQuotes_IsQuotedForShellAndYaml()
    {
        ClientConfigWriter.Write(_folder, "http://127.0.0.1:5000/v3", "it's $secret", "RegionOne", []);

        var openrc = File.ReadAllText(Path.Combine(_folder.FullName, "openrc"));
        var clouds = File.ReadAllText(Path.Combine(_folder.FullName, "clouds.yaml"));
        Assert.Contains("export OS_PASSWORD='it'\\''s $secret'\n", openrc, StringComparison.Ordinal);
        Assert.Contains("password: 'it''s $secret'\n", clouds, StringComparison.Ordinal);
        Assert.Contains("  sharpstack:\n", clouds, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Files_AreReadableByOwnerOnly()
    {
        ClientConfigWriter.Write(_folder, "http://127.0.0.1:5000/v3", "secret", "RegionOne", []);

        foreach (var name in new[] { "openrc", "clouds.yaml" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder.FullName, name)));
        }
    }

    [Fact]
    public void Write_DefaultComposition_NamesEachServicesClientApiVersion()
    {
        var versions = CloudComposition.Default.Services.Select(service => service.ClientApi).OfType<ClientApiVersion>().ToList();

        ClientConfigWriter.Write(_folder, "http://127.0.0.1:5000/v3", "secret", "RegionOne", versions);

        var openrc = File.ReadAllText(Path.Combine(_folder.FullName, "openrc"));
        var clouds = File.ReadAllText(Path.Combine(_folder.FullName, "clouds.yaml"));
        Assert.Contains("    identity_api_version: 3\n", clouds, StringComparison.Ordinal);
        Assert.Contains("export OS_IDENTITY_API_VERSION=3\n", openrc, StringComparison.Ordinal);
        Assert.All(versions, version =>
        {
            Assert.Contains($"    {version.Client}_api_version: {version.Version}\n", clouds, StringComparison.Ordinal);
            Assert.Contains($"export OS_{version.Client.ToUpperInvariant()}_API_VERSION={version.Version}\n", openrc, StringComparison.Ordinal);
        });
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
