using Microsoft.AspNetCore.Http;
using SharpStack.Common.Auth;

namespace SharpStack.Hosting.Auth;

/// <summary>The legacy request headers keystonemiddleware sets; incoming copies are removed so callers cannot forge them.</summary>
internal static class IdentityHeaders
{
    private static readonly string[] Names =
    [
        "X-Identity-Status", "X-Service-Identity-Status", "X-Domain-Id", "X-Domain-Name", "X-Project-Id", "X-Project-Name",
        "X-Project-Domain-Id", "X-Project-Domain-Name", "X-User-Id", "X-User-Name", "X-User-Domain-Id", "X-User-Domain-Name",
        "X-Roles", "X-Service-Roles", "X-System-Scope", "X-Is-Admin-Project",
    ];

    public static void RemoveIncoming(IHeaderDictionary headers)
    {
        foreach (var name in Names)
        {
            headers.Remove(name);
        }
    }

    public static void Set(IHeaderDictionary headers, AuthContext auth)
    {
        headers["X-Identity-Status"] = "Confirmed";
        SetIfPresent(headers, "X-User-Id", auth.UserId);
        SetIfPresent(headers, "X-User-Name", auth.UserName);
        SetIfPresent(headers, "X-User-Domain-Id", auth.UserDomainId);
        SetIfPresent(headers, "X-User-Domain-Name", auth.UserDomainName);
        SetIfPresent(headers, "X-Project-Id", auth.ProjectId);
        SetIfPresent(headers, "X-Project-Name", auth.ProjectName);
        SetIfPresent(headers, "X-Project-Domain-Id", auth.ProjectDomainId);
        SetIfPresent(headers, "X-Project-Domain-Name", auth.ProjectDomainName);
        SetIfPresent(headers, "X-Domain-Id", auth.DomainId);
        SetIfPresent(headers, "X-Domain-Name", auth.DomainName);
        SetIfPresent(headers, "X-System-Scope", auth.SystemScope);
        headers["X-Roles"] = string.Join(',', auth.Roles);
        if (auth.ServiceToken is not null)
        {
            headers["X-Service-Identity-Status"] = "Confirmed";
            headers["X-Service-Roles"] = string.Join(',', auth.ServiceToken.Roles);
        }
    }

    private static void SetIfPresent(IHeaderDictionary headers, string name, string? value)
    {
        if (value is not null)
        {
            headers[name] = value;
        }
    }
}
