using SharpStack.Composition;
using SharpStack.Tests.Composition.Echo;

namespace SharpStack.Tests.Composition;

public sealed class EmbeddedServiceCredentialsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sharpstack-credentials");

    [Fact]
    public void LoadOrCreate_Services_HoldsEveryServiceUsersRolesOnceAndKeepsThePassword()
    {
        var services = CloudComposition.Default.With(EchoService.Definition).Services;

        var first = EmbeddedServiceCredentials.LoadOrCreate(_folder, services);
        var again = EmbeddedServiceCredentials.LoadOrCreate(_folder, services);

        Assert.Equal(EmbeddedServiceCredentials.UserName, first.Name);
        Assert.Equal(["admin", "service", "echoer"], first.Roles);
        Assert.Equal(first.Password, again.Password);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder.FullName, "service-password")));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
