namespace SharpStack.Identity.Tests.Passwords;

/// <summary>
/// Hashes made outside SharpStack: by python3-bcrypt 3.2.2 (the library Keystone hashes with, <c>bcrypt.hashpw</c>) and by
/// libxcrypt through Python's <c>crypt</c> module, each of <see cref="Password"/> unless named otherwise.
/// </summary>
internal static class BcryptFixtures
{
    public const string Password = "keystone-password";

    /// <summary><c>bcrypt.hashpw(b"keystone-password", bcrypt.gensalt(12))</c>, as Keystone stores a password by default.</summary>
    public const string Keystone2b12 = "$2b$12$7J9M.4gQnXJ7FAws.rp5uuogmffmuRVML4KuCIbUBjml8lHpc2bjO";

    /// <summary><c>bcrypt.gensalt(4, prefix=b"2a")</c>.</summary>
    public const string Python2a04 = "$2a$04$LkesOBj7QE/CbVxk6iMBM.EHuN46.UJ8Zrie7/fYLWK1md68E5MG2";

    /// <summary><c>crypt.crypt(password, "$2y$04$…")</c>.</summary>
    public const string Libxcrypt2y04 = "$2y$04$YygdJ5kRdqZLsnhV0CoIguqtNw.yJz2yahz2zXo9gDXWAVPticIGe";

    /// <summary><c>crypt.crypt("été", "$2x$04$…")</c>: the sign-extension bug of old crypt_blowfish, which only C bcrypt reproduces.</summary>
    public const string Libxcrypt2x04EightBit = "$2x$04$YygdJ5kRdqZLsnhV0CoIguK/cBxh9cBN6VXXWsZszCNaElEghviby";

    public const string EightBitPassword = "\u00e9t\u00e9";

    /// <summary>50 × "é" (100 UTF-8 bytes) truncated to 72 bytes as Keystone does, then <c>bcrypt.hashpw</c> at cost 4.</summary>
    public const string KeystoneTruncated2b04 = "$2b$04$WSEDVe6ur9diL5aRV/w3r.2s8D9HtttuSQz2tzBMEzk8VQni8owMu";

    public static string LongPassword { get; } = new('\u00e9', 50);
}
