using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Identity.Application.Passwords;

namespace SharpStack.Identity.Application;

/// <summary>
/// bcrypt of passwords and application credential secrets in Keystone's format (<c>$2b$</c>, the cost of
/// <c>[identity] password_hash_rounds</c>), in C through libxcrypt, or through BCrypt.Net-Next where libxcrypt cannot.
/// </summary>
internal sealed partial class PasswordHasher
{
    public const int WorkFactor = 12;

    private readonly IOptions<PasswordHashOptions> _options;
    private readonly ManagedBcrypt _managed = new();
    private readonly IBcrypt _bcrypt;

    public PasswordHasher(ICryptLibrary crypt, IOptions<PasswordHashOptions> options, ILogger<PasswordHasher> logger)
    {
        _options = options;
        if (NativeBcrypt.Probe(crypt) is { } reason)
        {
            LogManagedFallback(logger, reason);
            _bcrypt = _managed;
        }
        else
        {
            _bcrypt = new NativeBcrypt(crypt);
        }
    }

    /// <summary>Whether hashing goes through libxcrypt.</summary>
    public bool IsNative => _bcrypt is NativeBcrypt;

    public string Hash(string password) => For(password).Hash(password, _options.Value.PasswordHashRounds);

    /// <summary>Whether <paramref name="password"/> is the one <paramref name="hash"/> was made from; false for anything but a bcrypt hash.</summary>
    public bool Verify(string password, string? hash) => hash is not null && BcryptHash().IsMatch(hash) && For(password).Verify(password, hash);

    // A C string ends at the first NUL: such a password would be cut short, so it keeps the managed bcrypt.
    private IBcrypt For(string password) => password.Contains('\0', StringComparison.Ordinal) ? _managed : _bcrypt;

    // $2a$ $2b$ $2x$ $2y$, the cost (4 to 31), then 22 characters of salt and 31 of checksum in bcrypt's base64.
    [GeneratedRegex(@"^\$2[abxy]\$(0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53}\z", RegexOptions.CultureInvariant)]
    private static partial Regex BcryptHash();

    [LoggerMessage(Level = LogLevel.Warning, Message = "bcrypt in C through libxcrypt is not available ({Reason}); passwords are hashed with the slower BCrypt.Net-Next")]
    private static partial void LogManagedFallback(ILogger logger, string reason);
}
