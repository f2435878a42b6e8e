using BCrypt.Net;

namespace SharpStack.Identity.Application.Passwords;

/// <summary>BCrypt.Net-Next: the fallback where libxcrypt is missing, and for passwords a C string cannot carry.</summary>
internal sealed class ManagedBcrypt : IBcrypt
{
    public string Hash(string password, int cost) => BCrypt.Net.BCrypt.HashPassword(password, BCrypt.Net.BCrypt.GenerateSalt(cost, 'b'));

    public bool Verify(string password, string hash)
    {
        try
        {
            return BCrypt.Net.BCrypt.Verify(password, hash);
        }
        catch (SaltParseException)
        {
            return false;
        }
    }
}
