using SharpStack.Identity.Application;

namespace SharpStack.Composition;

/// <summary>The users the services of a distributed cloud validate tokens with, one per service that has one, as devstack creates them.</summary>
internal static class ServiceUsers
{
    /// <summary>Every account with <paramref name="password"/>; none when no password is given, so existing users keep theirs.</summary>
    public static IList<ServiceUser> For(IEnumerable<ServiceAccount> accounts, string? password) =>
        password is null ? [] : [.. accounts.Select(account => new ServiceUser(account.Name, password, account.Roles))];

    public static string Describe(IReadOnlyCollection<ServiceAccount> accounts, bool set) => accounts.Count == 0
        ? "No service needs a service user."
        : set
            ? $"Service users in project {ServiceUser.ProjectName}: {string.Join("; ", accounts.Select(a => $"{a.Name} ({string.Join(", ", a.Roles)})"))}; set their [keystone_authtoken] password to the one given."
            : $"Service users ({string.Join(", ", accounts.Select(a => a.Name))}) were left as they are; pass --service-password to create them or set their password.";
}
