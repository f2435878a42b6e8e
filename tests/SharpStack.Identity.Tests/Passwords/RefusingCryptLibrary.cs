using SharpStack.Identity.Application.Passwords;

namespace SharpStack.Identity.Tests.Passwords;

/// <summary>A C library that refuses every setting, or, given <paramref name="missing"/>, one that cannot be loaded at all.</summary>
internal sealed class RefusingCryptLibrary(Exception? missing = null) : ICryptLibrary
{
    public int Calls { get; private set; }

    public string? GenerateSetting(string prefix, int cost, ReadOnlySpan<byte> randomBytes) => Refuse();

    public string? Crypt(ReadOnlySpan<byte> phrase, string setting) => Refuse();

    private string? Refuse()
    {
        Calls++;
        return missing is null ? null : throw missing;
    }
}
