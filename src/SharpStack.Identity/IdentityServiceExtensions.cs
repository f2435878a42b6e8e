using Microsoft.AspNetCore.Builder;
using SharpStack.Common;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Identity.Api;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.EndpointFilter;

namespace SharpStack.Identity;

/// <summary>Entry points the host calls to compose the Identity service.</summary>
public static class IdentityServiceExtensions
{
    /// <summary>Registers the Identity service: the shared API plumbing (Identity validates its own tokens, locally), its database and application services.</summary>
    public static WebApplicationBuilder AddIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSharpStackApi(new ServiceApiOptions
        {
            ServiceType = ServiceNames.Identity,
            FaultFormat = ServiceFaultFormat.Identity,
            TokenValidation = TokenValidationMode.Local,
        });
        builder.Services.AddIdentityApplication();
        builder.Services.AddIdentityResources(builder.Configuration);
        builder.Services.AddIdentityExtensions();
        return builder;
    }

    /// <summary>Adds the API middleware and maps the Identity (Keystone v3) HTTP API.</summary>
    public static WebApplication MapIdentityApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSharpStackApi();
        app.MapVersionEndpoints();
        app.MapAuthTokenEndpoints();
        app.MapAuthScopeEndpoints();
        app.MapRevokeEndpoints();
        app.MapRoleEndpoints();
        app.MapImpliedRoleEndpoints();
        app.MapGrantEndpoints();
        app.MapRoleAssignmentEndpoints();
        app.MapRegionEndpoints();
        app.MapServiceEndpoints();
        app.MapEndpointEndpoints();
        app.MapDomainEndpoints();
        app.MapProjectEndpoints();
        app.MapProjectTagEndpoints();
        app.MapUserEndpoints();
        app.MapGroupEndpoints();
        app.MapCredentialEndpoints();
        app.MapPolicyBlobEndpoints();
        app.MapRegisteredLimitEndpoints();
        app.MapLimitEndpoints();
        app.MapTrustEndpoints();
        app.MapApplicationCredentialEndpoints();
        app.MapAccessRuleEndpoints();
        app.MapEc2CredentialEndpoints();
        app.MapEndpointGroupEndpoints();
        app.MapProjectEndpointEndpoints();
        app.MapEndpointPolicyEndpoints();
        app.MapOAuthConsumerEndpoints();
        app.MapDomainConfigEndpoints();
        return app;
    }
}
