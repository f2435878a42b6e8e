using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Tokens.Fernet;

namespace SharpStack.Identity.Tests.Tokens;

public sealed class FernetKeyRepositoryTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("sharpstack-fernet");

    private string Location => Path.Combine(_data.FullName, "fernet-keys");

    [Fact]
    public void Initialize_EmptyFolder_CreatesStagedAndPrimaryKeysOwnerOnly()
    {
        FernetKeyFolder.Initialize(Location);

        Assert.Equal([0, 1], FernetKeyFolder.KeyFiles(Location).Keys.Order());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Location));
            foreach (var file in FernetKeyFolder.KeyFiles(Location).Values)
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
    }

    [Fact]
    public void Rotate_BeyondMaxActiveKeys_PromotesStagedAndPrunesOldest()
    {
        var options = new FernetTokensOptions { MaxActiveKeys = 3 };
        FernetKeyFolder.Initialize(Location);
        var staged = File.ReadAllText(Path.Combine(Location, "0"));

        var first = FernetKeyRotation.Rotate(options, _data.FullName);
        Assert.Equal([0, 1, 2], first.Keys);
        Assert.Equal(staged, File.ReadAllText(Path.Combine(Location, "2")));

        var second = FernetKeyRotation.Rotate(options, _data.FullName);
        Assert.Equal([0, 2, 3], second.Keys);
        Assert.Equal([1], second.Removed);
    }

    [Fact]
    public void Rotate_TokenFromBeforeRotation_StillDecrypts()
    {
        FernetKeyFolder.Initialize(Location);
        var token = FernetToken.Encrypt(FernetKeyFolder.Load(Location)[0], "p"u8, DateTimeOffset.UtcNow);

        FernetKeyRotation.Rotate(new FernetTokensOptions(), _data.FullName);
        var keys = FernetKeyFolder.Load(Location);

        Assert.NotNull(FernetToken.Decrypt(keys, token));
        Assert.NotEqual(token, FernetToken.Encrypt(keys[0], "p"u8, DateTimeOffset.UtcNow));
    }

    public void Dispose() => _data.Delete(recursive: true);
}
