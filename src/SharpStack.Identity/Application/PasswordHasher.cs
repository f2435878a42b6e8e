namespace SharpStack.Identity.Application;

/// <summary>bcrypt password hashes in the $2b$ form Keystone writes.</summary>
internal static class PasswordHasher
{
    public const int WorkFactor = 12;

    public static string Hash(string password) =>
        BCrypt.Net.BCrypt.HashPassword(password, BCrypt.Net.BCrypt.GenerateSalt(WorkFactor, 'b'));

    public static bool Verify(string password, string? hash) =>
        hash is not null && BCrypt.Net.BCrypt.Verify(password, hash);
}
