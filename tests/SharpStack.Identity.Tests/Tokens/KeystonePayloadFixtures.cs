namespace SharpStack.Identity.Tests.Tokens;

/// <summary>
/// Payload bytes from Python's msgpack (Debian python3-msgpack 1.0.3) for Keystone's payload tuples;
/// <c>keystone_payloads.py</c> beside this file prints them.
/// </summary>
internal static class KeystonePayloadFixtures
{
    public const string User = "2f1e0c8b9a7d4e6f8091a2b3c4d5e6f7";
    public const string TextUser = "user-with-a-rather-long-identifier-from-ldap";
    public const string Project = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    public const string DomainId = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    public const string Trust = "5a5b5c5d5e5f60616263646566676869";
    public const string ApplicationCredential = "c0ffee00c0ffee00c0ffee00c0ffee00";
    public const string Audit1 = "AAECAwQFBgcICQoLDA0ODw";
    public const string Audit2 = "EBESExQVFhcYGRobHB0eHw";

    public static readonly DateTimeOffset Expires = new(2026, 11, 28, 13, 0, 0, TimeSpan.Zero);

    public const string Unscoped = "950092c3c4102f1e0c8b9a7d4e6f8091a2b3c4d5e6f702cb41dac2b41400000091c410000102030405060708090a0b0c0d0e0f";

    public const string UnscopedTextUser = "950092c2d92c757365722d776974682d612d7261746865722d6c6f6e672d6964656e7469666965722d66726f6d2d6c64617002cb41dac2b41400000091c410000102030405060708090a0b0c0d0e0f";

    public const string DomainScoped = "960192c3c4102f1e0c8b9a7d4e6f8091a2b3c4d5e6f706c4109f8e7d6c5b4a39281706f5e4d3c2b1a0cb41dac2b41400000092c410000102030405060708090a0b0c0d0e0fc410101112131415161718191a1b1c1d1e1f";

    public const string DefaultDomainScoped = "960192c3c4102f1e0c8b9a7d4e6f8091a2b3c4d5e6f702a764656661756c74cb41dac2b41400000091c410000102030405060708090a0b0c0d0e0f";

    public const string ProjectScoped = "960292c3c4102f1e0c8b9a7d4e6f8091a2b3c4d5e6f70692c3c4100a1b2c3d4e5f60718293a4b5c6d7e8f9cb41dac2b41400000092c410000102030405060708090a0b0c0d0e0fc410101112131415161718191a1b1c1d1e1f";

    public const string TrustScoped = "970392c3c4102f1e0c8b9a7d4e6f8091a2b3c4d5e6f70292c3c4100a1b2c3d4e5f60718293a4b5c6d7e8f9cb41dac2b41400000091c410000102030405060708090a0b0c0d0e0fc4105a5b5c5d5e5f60616263646566676869";

    public const string SystemScoped = "960892c3c4102f1e0c8b9a7d4e6f8091a2b3c4d5e6f702a3616c6ccb41dac2b41400000091c410000102030405060708090a0b0c0d0e0f";

    public const string ApplicationCredentialScoped = "970992c3c4102f1e0c8b9a7d4e6f8091a2b3c4d5e6f72092c3c4100a1b2c3d4e5f60718293a4b5c6d7e8f9cb41dac2b41400000091c410000102030405060708090a0b0c0d0e0f92c3c410c0ffee00c0ffee00c0ffee00c0ffee00";

    public const string ProjectScopedSubsecondExpiry = "960292c3c4102f1e0c8b9a7d4e6f8091a2b3c4d5e6f70292c3c4100a1b2c3d4e5f60718293a4b5c6d7e8f9cb41dac2b41407e6b491c410000102030405060708090a0b0c0d0e0f";

    public const string Receipt = "93d920326631653063386239613764346536663830393161326233633464356536663702cb41dac2b414000000";
}
