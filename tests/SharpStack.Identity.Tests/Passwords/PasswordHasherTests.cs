using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.Passwords;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Passwords;

public sealed class PasswordHasherTests
{
    private static PasswordHasher Hasher(ICryptLibrary crypt, int rounds = 4, RecordingLogger<PasswordHasher>? logger = null) =>
        new(crypt, Options.Create(new PasswordHashOptions { PasswordHashRounds = rounds }), logger ?? new RecordingLogger<PasswordHasher>());

    private static PasswordHasher Native(int rounds = 4)
    {
        var hasher = Hasher(new Libxcrypt(), rounds);
        Assert.True(hasher.IsNative);
        return hasher;
    }

    [Fact]
    public void Constructor_Libxcrypt_NativeWithoutWarning()
    {
        var logger = new RecordingLogger<PasswordHasher>();

        var hasher = Hasher(new Libxcrypt(), logger: logger);

        Assert.True(hasher.IsNative);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public void Verify_KeystoneCost12Hash_True()
    {
        Assert.True(Native().Verify(BcryptFixtures.Password, BcryptFixtures.Keystone2b12));
    }

    [Theory]
    [InlineData(BcryptFixtures.Python2a04)]
    [InlineData(BcryptFixtures.Libxcrypt2y04)]
    public void Verify_2aAnd2yHashes_True(string hash)
    {
        var hasher = Native();

        Assert.True(hasher.Verify(BcryptFixtures.Password, hash));
        Assert.False(hasher.Verify("keystone-passwore", hash));
    }

    [Fact]
    public void Verify_2xHashOfEightBitPassword_True()
    {
        Assert.True(Native().Verify(BcryptFixtures.EightBitPassword, BcryptFixtures.Libxcrypt2x04EightBit));
    }

    [Fact]
    public void Verify_PasswordOver72Bytes_MatchesKeystoneTruncatedHash()
    {
        var hasher = Native();

        Assert.True(hasher.Verify(BcryptFixtures.LongPassword, BcryptFixtures.KeystoneTruncated2b04));
        Assert.True(hasher.Verify(BcryptFixtures.LongPassword + "ignored beyond 72 bytes", BcryptFixtures.KeystoneTruncated2b04));
        Assert.False(hasher.Verify(BcryptFixtures.LongPassword[..35], BcryptFixtures.KeystoneTruncated2b04));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Keystone-password")]
    [InlineData("keystone-password ")]
    public void Verify_WrongPassword_False(string password)
    {
        Assert.False(Native().Verify(password, BcryptFixtures.Python2a04));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("keystone-password")]
    [InlineData("$6$saltsalt$Jtl1ZDqJv4Di1v0cF8mMx4QSNbWT0N5N8ZV0m2m2ywPq3gkX0LLJbnJJH0ZyoHKK9BhA3fVbGVwYB3s6zIHYb.")]
    [InlineData("$2b$04$tooshort")]
    [InlineData("$2b$03$n9Gi86zqOYL/sO11fJdxGOiA5WEkQaL42/yArVS/.mxwbY89pmKNK")]
    [InlineData("$2b$32$n9Gi86zqOYL/sO11fJdxGOiA5WEkQaL42/yArVS/.mxwbY89pmKNK")]
    [InlineData("$2c$04$n9Gi86zqOYL/sO11fJdxGOiA5WEkQaL42/yArVS/.mxwbY89pmKNK")]
    [InlineData("$2b$04$n9Gi86zqOYL/sO11fJdxGOiA5WEkQaL42/yArVS/.mxwbY89pmKNK\n")]
    public void Verify_NotABcryptHash_FalseRatherThanThrow(string? hash)
    {
        Assert.False(Native().Verify(BcryptFixtures.Password, hash));
        Assert.False(Hasher(new RefusingCryptLibrary()).Verify(BcryptFixtures.Password, hash));
    }

    [Fact]
    public void Hash_DefaultCost_KeystoneFormatVerifiedByBothImplementations()
    {
        var hash = Native(PasswordHasher.WorkFactor).Hash("a new password");

        Assert.Matches(@"^\$2b\$12\$[./A-Za-z0-9]{53}$", hash);
        Assert.True(Native().Verify("a new password", hash));
        Assert.True(new ManagedBcrypt().Verify("a new password", hash));
        Assert.False(Native().Verify("a new passwore", hash));
    }

    [Fact]
    public void Hash_ConfiguredCost_UsesItWithAFreshSalt()
    {
        var hasher = Native(rounds: 5);

        var first = hasher.Hash("same password");
        var second = hasher.Hash("same password");

        Assert.StartsWith("$2b$05$", first);
        Assert.NotEqual(first, second);
        Assert.True(hasher.Verify("same password", second));
    }

    [Fact]
    public void Verify_ManagedHash_TrueThroughLibxcrypt()
    {
        var managed = new ManagedBcrypt().Hash(BcryptFixtures.LongPassword, 4);

        Assert.True(Native().Verify(BcryptFixtures.LongPassword, managed));
    }

    [Fact]
    public void Hash_PasswordWithNul_NotCutShortAtIt()
    {
        var hasher = Native();

        var hash = hasher.Hash("before\0after");

        Assert.True(hasher.Verify("before\0after", hash));
        Assert.False(hasher.Verify("before", hash));
        Assert.False(hasher.Verify("before\0other", hash));
    }

    [Fact]
    public void Constructor_LibraryMissing_ManagedWithOneWarning()
    {
        var logger = new RecordingLogger<PasswordHasher>();

        var hasher = Hasher(new RefusingCryptLibrary(new DllNotFoundException("libcrypt.so.1: cannot open shared object file")), logger: logger);
        var hash = hasher.Hash("fallback password");

        Assert.False(hasher.IsNative);
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("libcrypt.so.1: cannot open shared object file", warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("$2b$04$", hash);
        Assert.True(hasher.Verify("fallback password", hash));
        Assert.True(hasher.Verify(BcryptFixtures.Password, BcryptFixtures.Python2a04));
        Assert.Single(logger.Entries);
    }

    [Fact]
    public void Constructor_PrefixRefused_ManagedAndLibraryNotCalledAgain()
    {
        var crypt = new RefusingCryptLibrary();
        var logger = new RecordingLogger<PasswordHasher>();

        var hasher = Hasher(crypt, logger: logger);
        var probeCalls = crypt.Calls;
        var hash = hasher.Hash("fallback password");

        Assert.False(hasher.IsNative);
        Assert.Contains("refused the $2b$ prefix", Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
        Assert.True(hasher.Verify("fallback password", hash));
        Assert.Equal(probeCalls, crypt.Calls);
    }

    [Fact]
    public void Verify_ParallelFor_EachThreadGetsItsOwnAnswer()
    {
        var hasher = Native();
        var hashes = Enumerable.Range(0, 8).Select(i => hasher.Hash($"password-{i}")).ToArray();
        var wrong = 0;

        Parallel.For(0, 256, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var own = i % hashes.Length;
            if (!hasher.Verify($"password-{own}", hashes[own]) || hasher.Verify($"password-{(own + 1) % hashes.Length}", hashes[own]))
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
    }
}
