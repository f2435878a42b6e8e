namespace SharpStack.Identity.Application.Passwords;

/// <summary>The C library's reentrant crypt(3) calls; a seam so that tests can stand in a missing or refusing library.</summary>
internal interface ICryptLibrary
{
    /// <summary><c>crypt_gensalt_rn</c>: a setting for <paramref name="prefix"/> and <paramref name="cost"/> from the caller's random bytes; null when refused.</summary>
    string? GenerateSetting(string prefix, int cost, ReadOnlySpan<byte> randomBytes);

    /// <summary><c>crypt_rn</c>: <paramref name="phrase"/> hashed as <paramref name="setting"/> says (a setting or a whole stored hash); null when refused.</summary>
    string? Crypt(ReadOnlySpan<byte> phrase, string setting);
}
