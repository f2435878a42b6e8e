using Microsoft.Extensions.Options;
using SharpStack.Data;
using SharpStack.Identity.Application.Credentials;

namespace SharpStack.Identity.Tests.Credentials;

public sealed class CredentialCipherTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("sharpstack-credential-keys");

    [Fact]
    public void Encrypt_FirstUse_CreatesAPrivateKeyFileInDataDir()
    {
        var cipher = new CredentialCipher(Repository());

        var (encrypted, keyHash) = cipher.Encrypt("blob");

        var keyFile = Path.Combine(_directory.FullName, "credential-keys", "0");
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        Assert.Equal("blob", cipher.Decrypt(encrypted, keyHash));
    }

    [Fact]
    public void Decrypt_AfterRotation_StillReadsBlobsOfTheOldKey()
    {
        var (encrypted, keyHash) = new CredentialCipher(Repository()).Encrypt("old");
        File.WriteAllText(Path.Combine(_directory.FullName, "credential-keys", "1"), Convert.ToBase64String(new byte[32]));

        var rotated = new CredentialCipher(Repository());

        Assert.Equal("old", rotated.Decrypt(encrypted, keyHash));
        Assert.NotEqual(keyHash, rotated.Encrypt("new").KeyHash);
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private CredentialKeyRepository Repository() => new(
        Options.Create(new CredentialOptions()),
        Options.Create(new DatabaseOptions { DataDirectory = _directory.FullName }));
}
