namespace SharpStack.Hosting.Auth;

internal static class IdentityEndpoints
{
    public const string HttpClientName = "SharpStack.Identity";

    /// <summary><c>{auth_url}/v3/auth/tokens</c>, whether auth_url names the root or the v3 endpoint.</summary>
    public static Uri Tokens(Uri authUrl, bool includeCatalog = true) =>
        new(Root(authUrl) + "/v3/auth/tokens" + (includeCatalog ? string.Empty : "?nocatalog"));

    /// <summary>auth_url without a trailing <c>/v3</c> or slash.</summary>
    public static string Root(Uri authUrl)
    {
        ArgumentNullException.ThrowIfNull(authUrl);
        var root = authUrl.ToString().TrimEnd('/');
        return root.EndsWith("/v3", StringComparison.OrdinalIgnoreCase) ? root[..^3] : root;
    }
}
