using System.Text.Json.Nodes;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Support;

/// <summary>Users made through the REST API whose real tokens a test watches, for example to see them revoked.</summary>
public static class TestUsers
{
    public const string Password = "user-secret";

    /// <summary>A new user of <paramref name="domainId"/> with <see cref="Password"/>; its id and name.</summary>
    public static async Task<(string Id, string Name)> NewUserAsync(this IdentityCloud cloud, string domainId = "default")
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var name = "user-" + Guid.NewGuid().ToString("N")[..12];
        var id = await cloud.Admin.CreateAsync("v3/users", "user", new JsonObject { ["name"] = name, ["domain_id"] = domainId, ["password"] = Password });
        return (id, name);
    }

    /// <summary>Grants <paramref name="role"/> (a name) to a user on <paramref name="target"/> (<c>v3/projects/P</c>, <c>v3/domains/D</c>, <c>v3/system</c>).</summary>
    public static async Task GrantAsync(this IdentityCloud cloud, string target, string userId, string role = "member")
    {
        ArgumentNullException.ThrowIfNull(cloud);
        await cloud.Admin.GrantAsync($"{target}/users/{userId}/roles/{await cloud.Admin.RoleIdAsync(role)}");
    }

    /// <summary>A token by password of a user of <paramref name="domainId"/> for <paramref name="scope"/> (null: unscoped).</summary>
    public static Task<string> PasswordTokenAsync(this IdentityCloud cloud, string name, JsonObject? scope, string domainId = "default", string password = Password)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        return IdentityTokens.IssueAsync(cloud.Client, name, domainId, password, scope);
    }

    /// <summary>A new user holding <paramref name="role"/> on the project, and its token scoped to it.</summary>
    public static async Task<(string UserId, string Token)> ProjectUserAsync(this IdentityCloud cloud, string projectId, string role = "member")
    {
        var (id, name) = await cloud.NewUserAsync();
        await cloud.GrantAsync($"v3/projects/{projectId}", id, role);
        return (id, await cloud.PasswordTokenAsync(name, IdentityTokens.ProjectScope(projectId)));
    }

    /// <summary>A new user of the domain holding <paramref name="role"/> on it, and its token scoped to it.</summary>
    public static async Task<(string UserId, string Token)> DomainUserAsync(this IdentityCloud cloud, string domainId, string role = "member")
    {
        var (id, name) = await cloud.NewUserAsync(domainId);
        await cloud.GrantAsync($"v3/domains/{domainId}", id, role);
        return (id, await cloud.PasswordTokenAsync(name, IdentityTokens.DomainScope(domainId), domainId));
    }
}
