namespace SharpStack.Identity.Tests.Auth;

/// <summary>Identity with one-second tokens, for expiry and allow_expired.</summary>
public sealed class ExpiredTokenServer : IdentityApiServer
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [.. base.Settings(), new("token:expiration", "1")];
}
