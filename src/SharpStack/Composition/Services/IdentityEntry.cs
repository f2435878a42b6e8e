using SharpStack.Cli;
using SharpStack.Common;
using SharpStack.Configuration;
using SharpStack.Identity;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.Credentials;
using SharpStack.Identity.Application.EndpointFilter;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Trusts;

namespace SharpStack.Composition.Services;

/// <summary>Identity (Keystone v3): tokens, the catalog, users and projects; it validates tokens itself.</summary>
internal static class IdentityEntry
{
    public static ServiceDefinition Definition { get; } = new()
    {
        Name = "identity",
        Title = "Identity",
        OpenStackName = "Keystone",
        CatalogType = ServiceNames.Identity,
        CatalogName = "keystone",
        DefaultPort = 5000,
        VersionPath = "/v3",
        AddServices = builder => builder.AddIdentity(),
        MapApi = app => app.MapIdentityApi(),
        AddDatabase = services => services.AddIdentityApplication(),
        Options = _ =>
        [
            new(ResourceOptions.SectionName, typeof(ResourceOptions)),
            new(TokenOptions.SectionName, typeof(TokenOptions)),
            new(EndpointFilterOptions.SectionName, typeof(EndpointFilterOptions)),
            new(FernetTokensOptions.SectionName, typeof(FernetTokensOptions)),
            new(CredentialOptions.SectionName, typeof(CredentialOptions)),
            new(TrustOptions.SectionName, typeof(TrustOptions)),
            new(SecurityComplianceOptions.SectionName, typeof(SecurityComplianceOptions)),
            new(TotpOptions.SectionName, typeof(TotpOptions)),
            new(PasswordHashOptions.SectionName, typeof(PasswordHashOptions)),
            .. ListLimitSections.All.Select(section => new OptionsSection(section, typeof(ListLimitOptions))),
        ],
        ClientApi = new("identity", "3"),
        TryItCommand = "openstack catalog list",
        MaintenanceCommand = IdentityCommand.Create,
    };
}
