using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Hosting.Auth;

/// <summary>Token validation against Identity, from the <c>[keystone_authtoken]</c> section (keystonemiddleware's names).</summary>
public sealed class KeystoneAuthTokenOptions : ServiceUserOptions
{
    public const string SectionName = "keystone_authtoken";

    [ConfigurationKeyName("www_authenticate_uri")]
    [Description("Identity endpoint advertised to clients in WWW-Authenticate on 401; defaults to auth_url.")]
    public Uri? WwwAuthenticateUri { get; set; }

    [ConfigurationKeyName("token_cache_time")]
    [Description("Seconds a validation result is reused before asking Identity again. keystonemiddleware defaults to 300; SharpStack uses 30 so that revoked tokens stop working quickly. 0 disables the cache.")]
    public int TokenCacheTime { get; set; } = 30;

    [ConfigurationKeyName("http_connect_timeout")]
    [Description("Seconds to wait for Identity before answering 503.")]
    public double HttpConnectTimeout { get; set; } = 10;

    [ConfigurationKeyName("http_request_max_retries")]
    [Description("How often a token validation is retried after Identity refused or dropped the connection.")]
    public int HttpRequestMaxRetries { get; set; } = 3;

    [ConfigurationKeyName("include_service_catalog")]
    [Description("Ask Identity for the token's catalog and put it in the request context.")]
    public bool IncludeServiceCatalog { get; set; } = true;

    [ConfigurationKeyName("service_token_roles")]
    [Description("Roles, any one of which a service token (X-Service-Token) must carry to count as a service token.")]
    public IList<string> ServiceTokenRoles { get; } = ["service"];

    [ConfigurationKeyName("service_token_roles_required")]
    [Description("Reject requests whose service token lacks every role of service_token_roles (otherwise such tokens are only ignored).")]
    public bool ServiceTokenRolesRequired { get; set; }

    /// <summary>The URI put into <c>WWW-Authenticate: Keystone uri="..."</c>.</summary>
    public Uri? AdvertisedUri => WwwAuthenticateUri ?? AuthUrl;
}
