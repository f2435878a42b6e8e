using System.Security.Cryptography;

namespace SharpStack.Identity.Application;

/// <summary>Random passwords for service users nobody gave one.</summary>
internal static class PasswordGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string New(int length = 32) => RandomNumberGenerator.GetString(Alphabet, length);
}
