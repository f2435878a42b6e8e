using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.Credentials;
using SharpStack.Identity.Application.Ec2Credentials;
using SharpStack.Identity.Application.Policies;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's OS-EC2 <c>/v3/users/{user_id}/credentials/OS-EC2</c> (api-ref v3-ext ec2.inc).</summary>
internal static class Ec2CredentialEndpoints
{
    public static IEndpointRouteBuilder MapEc2CredentialEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var ec2 = endpoints.MapGroup("/v3/users/{userId}/credentials/OS-EC2");
        ec2.MapMethods("", ResourceJson.GetOrHead, ListAsync);
        ec2.MapPost("", CreateAsync).WithBodySchema(IdentitySchemas.Get("ec2-credential-create"));
        ec2.MapMethods("/{credentialId}", ResourceJson.GetOrHead, GetAsync);
        ec2.MapDelete("/{credentialId}", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(string userId, HttpContext context, Ec2CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), Ec2CredentialPolicies.ListCredentials, new Dictionary<string, object?> { ["user_id"] = userId });
        var all = await service.ListAsync(userId, context.RequestAborted);
        var baseUri = context.GetPublicBaseUri();
        return Results.Json(new JsonObject
        {
            ["credentials"] = new JsonArray([.. all.Select(c => c.ToJson(baseUri))]),
            ["links"] = new JsonObject
            {
                ["self"] = new Uri(baseUri, $"v3/users/{userId}/credentials/OS-EC2").ToString(),
                ["previous"] = null,
                ["next"] = null,
            },
        });
    }

    private static async Task<IResult> CreateAsync(string userId, HttpContext context, Ec2CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        enforcer.Enforce(context.GetAuth(), Ec2CredentialPolicies.CreateCredential, CredentialView.Target(userId));
        var tenant = body["tenant_id"];
        var tenantId = tenant?.GetValueKind() switch
        {
            null or JsonValueKind.Null => null,
            JsonValueKind.String => tenant.GetValue<string>(),
            _ => tenant.ToJsonString(),
        };
        var created = await service.CreateAsync(userId, tenantId, trustId: null, context.RequestAborted);
        return Results.Json(new JsonObject { ["credential"] = created.ToJson(context.GetPublicBaseUri()) }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string userId, string credentialId, HttpContext context, Ec2CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        await EnforceAsync(credentialId, context, service, enforcer, Ec2CredentialPolicies.GetCredential);
        var credential = await service.GetAsync(userId, credentialId, context.RequestAborted);
        return Results.Json(new JsonObject { ["credential"] = credential.ToJson(context.GetPublicBaseUri()) });
    }

    private static async Task<IResult> DeleteAsync(string userId, string credentialId, HttpContext context, Ec2CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        await EnforceAsync(credentialId, context, service, enforcer, Ec2CredentialPolicies.DeleteCredential);
        await service.DeleteAsync(userId, credentialId, context.RequestAborted);
        return Results.NoContent();
    }

    /// <summary>Keystone builds the target from the stored credential, so an unknown access key is a 404 before any policy check.</summary>
    private static async Task EnforceAsync(string access, HttpContext context, Ec2CredentialService service, IdentityPolicyEnforcer enforcer, string rule)
    {
        var credential = await service.FindAsync(access, context.RequestAborted)
            ?? throw new NotFoundException($"Could not find credential: {Ec2CredentialService.CredentialId(access)}.");
        enforcer.Enforce(context.GetAuth(), rule, credential.PolicyTarget());
    }
}
