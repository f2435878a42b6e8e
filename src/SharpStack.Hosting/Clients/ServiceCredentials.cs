using SharpStack.Hosting.Auth;

namespace SharpStack.Hosting.Clients;

/// <summary>One service user (password auth, project scope); equal credentials share one token.</summary>
internal sealed record ServiceCredentials(
    Uri AuthUrl, string Username, string Password, string ProjectName, string UserDomainName, string ProjectDomainName)
{
    /// <summary>The section's own credentials, or <c>[keystone_authtoken]</c>'s when the section names none.</summary>
    public static ServiceCredentials For(string section, ServiceClientOptions options, KeystoneAuthTokenOptions fallback)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fallback);
        return options.HasCredentials ? Create(section, options) : Create(KeystoneAuthTokenOptions.SectionName, fallback);
    }

    // The password stays out of logs and exception messages.
    public override string ToString() => $"{Username} (project {ProjectName}) at {AuthUrl}";

    private static ServiceCredentials Create(string section, ServiceUserOptions user) => new(
        user.AuthUrl ?? throw Missing(section, "auth_url"),
        user.Username ?? throw Missing(section, "username"),
        user.Password ?? throw Missing(section, "password"),
        user.ProjectName ?? throw Missing(section, "project_name"),
        user.UserDomainName,
        user.ProjectDomainName);

    private static InvalidOperationException Missing(string section, string key) =>
        new($"[{section}] {key} is not set; service calls need a service user.");
}
