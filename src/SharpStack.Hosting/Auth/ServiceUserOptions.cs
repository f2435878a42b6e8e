using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Hosting.Auth;

/// <summary>A service user's password credentials, with keystoneauth's option names, as <c>[keystone_authtoken]</c> and each called service's section hold them.</summary>
public abstract class ServiceUserOptions
{
    [ConfigurationKeyName("auth_url")]
    [Description("Identity endpoint that issues the service user's token, e.g. http://controller:5000/v3.")]
    public Uri? AuthUrl { get; set; }

    [ConfigurationKeyName("username")]
    [Description("The service user in Identity.")]
    public string? Username { get; set; }

    [ConfigurationKeyName("password")]
    [Description("Password of the service user.")]
    public string? Password { get; set; }

    [ConfigurationKeyName("project_name")]
    [Description("Project the service user's token is scoped to, usually 'service'.")]
    public string? ProjectName { get; set; }

    [ConfigurationKeyName("user_domain_name")]
    [Description("Domain of the service user.")]
    public string UserDomainName { get; set; } = "Default";

    [ConfigurationKeyName("project_domain_name")]
    [Description("Domain of the service project.")]
    public string ProjectDomainName { get; set; } = "Default";
}
