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
        return options.HasCredentials
            ? Create(section, options.AuthUrl, options.Username, options.Password, options.ProjectName, options.UserDomainName, options.ProjectDomainName)
            : Create(KeystoneAuthTokenOptions.SectionName, fallback.AuthUrl, fallback.Username, fallback.Password, fallback.ProjectName,
                fallback.UserDomainName, fallback.ProjectDomainName);
    }

    // The password stays out of logs and exception messages.
    public override string ToString() => $"{Username} (project {ProjectName}) at {AuthUrl}";

    private static ServiceCredentials Create(
        string section, Uri? authUrl, string? username, string? password, string? projectName, string userDomainName, string projectDomainName) => new(
        authUrl ?? throw Missing(section, "auth_url"),
        username ?? throw Missing(section, "username"),
        password ?? throw Missing(section, "password"),
        projectName ?? throw Missing(section, "project_name"),
        userDomainName,
        projectDomainName);

    private static InvalidOperationException Missing(string section, string key) =>
        new($"[{section}] {key} is not set; service calls need a service user.");
}
