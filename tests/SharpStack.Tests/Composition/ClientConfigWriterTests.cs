using SharpStack.Composition;

namespace SharpStack.Tests.Composition;

public sealed class ClientConfigWriterTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sharpstack-client");

    [Fact]
    public void Write_PasswordWithQuotes_IsQuotedForShellAndYaml()
    {
        ClientConfigWriter.Write(_folder, "http://127.0.0.1:5000/v3", "it's $secret", "RegionOne");

        var openrc = File.ReadAllText(Path.Combine(_folder.FullName, "openrc"));
        var clouds = File.ReadAllText(Path.Combine(_folder.FullName, "clouds.yaml"));
        Assert.Contains("export OS_PASSWORD='it'\\''s $secret'\n", openrc, StringComparison.Ordinal);
        Assert.Contains("password: 'it''s $secret'\n", clouds, StringComparison.Ordinal);
        Assert.Contains("  sharpstack:\n", clouds, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Files_AreReadableByOwnerOnly()
    {
        ClientConfigWriter.Write(_folder, "http://127.0.0.1:5000/v3", "secret", "RegionOne");

        foreach (var name in new[] { "openrc", "clouds.yaml" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder.FullName, name)));
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
