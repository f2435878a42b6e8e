namespace SharpStack.Identity.Application;

internal static class PasswordHasher
{
    public const int WorkFactor = 12;

    public static string Hash(string password, int rounds = WorkFactor) =>
        BCrypt.Net.BCrypt.HashPassword(password, BCrypt.Net.BCrypt.GenerateSalt(rounds, 'b'));

    public static bool Verify(string password, string? hash) =>
        hash is not null && BCrypt.Net.BCrypt.Verify(password, hash);
}
