namespace SharpStack.Identity.Application.Passwords;

/// <summary>One implementation of bcrypt: hashing with a new salt, and checking a password against a stored hash.</summary>
internal interface IBcrypt
{
    string Hash(string password, int cost);

    bool Verify(string password, string hash);
}
