using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.Credentials;
using SharpStack.Identity.Application.Limits;
using SharpStack.Identity.Application.Policies;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's <c>/v3/credentials</c> (api-ref v3 credentials.inc).</summary>
internal static class CredentialEndpoints
{
    public static IEndpointRouteBuilder MapCredentialEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var credentials = endpoints.MapGroup("/v3/credentials");
        credentials.MapGet("", ListAsync);
        credentials.MapPost("", CreateAsync).WithBodySchema(IdentitySchemas.Get("credential-create"));
        credentials.MapGet("/{credentialId}", GetAsync);
        credentials.MapPatch("/{credentialId}", UpdateAsync).WithBodySchema(IdentitySchemas.Get("credential-update"));
        credentials.MapDelete("/{credentialId}", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext context, CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        var auth = context.GetAuth();
        var query = context.Request.Query;
        // Keystone checks the list against the caller's own credentials unless system-scoped, then hides what get_credential denies.
        enforcer.Enforce(auth, CredentialPolicies.ListCredentials, auth.SystemScope is null ? CredentialView.Target(auth.UserId) : PolicyTarget.None);
        var all = await service.ListAsync(Filter(query["user_id"]), Filter(query["type"]), context.RequestAborted);
        var baseUri = context.GetPublicBaseUri();
        var visible = all.Where(c => enforcer.IsAllowed(auth, CredentialPolicies.GetCredential, c.PolicyTarget()));
        return Results.Json(new JsonObject
        {
            ["credentials"] = new JsonArray([.. visible.Select(c => c.ToJson(baseUri))]),
            ["links"] = ResourceLinks.Collection(baseUri, "credentials", context.Request.QueryString),
        });
    }

    private static async Task<IResult> CreateAsync(HttpContext context, CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        var request = CredentialRequest.From(await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted));
        enforcer.Enforce(context.GetAuth(), CredentialPolicies.CreateCredential, CredentialView.Target(request.UserId, request.ProjectId));
        var created = await service.CreateAsync(request, context.RequestAborted);
        return Results.Json(new JsonObject { ["credential"] = created.ToJson(context.GetPublicBaseUri()) }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string credentialId, HttpContext context, CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        var credential = await service.FindAsync(credentialId, context.RequestAborted);
        enforcer.Enforce(context.GetAuth(), CredentialPolicies.GetCredential, credential?.PolicyTarget() ?? PolicyTarget.None);
        credential ??= await service.GetAsync(credentialId, context.RequestAborted);
        return Results.Json(new JsonObject { ["credential"] = credential.ToJson(context.GetPublicBaseUri()) });
    }

    private static async Task<IResult> UpdateAsync(string credentialId, HttpContext context, CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        var request = CredentialRequest.From(await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted));
        var auth = context.GetAuth();
        var current = await service.FindAsync(credentialId, context.RequestAborted);
        enforcer.Enforce(auth, CredentialPolicies.UpdateCredential, current?.PolicyTarget() ?? PolicyTarget.None);
        current ??= await service.GetAsync(credentialId, context.RequestAborted);
        CredentialService.CheckUpdate(current, request);
        // The second check stops an owner from handing the credential to someone else.
        enforcer.Enforce(auth, CredentialPolicies.UpdateCredential, CredentialService.Merge(current, request).PolicyTarget());
        var updated = await service.UpdateAsync(credentialId, request, context.RequestAborted);
        return Results.Json(new JsonObject { ["credential"] = updated.ToJson(context.GetPublicBaseUri()) });
    }

    private static async Task<IResult> DeleteAsync(string credentialId, HttpContext context, CredentialService service, IdentityPolicyEnforcer enforcer)
    {
        var current = await service.FindAsync(credentialId, context.RequestAborted);
        enforcer.Enforce(context.GetAuth(), CredentialPolicies.DeleteCredential, current?.PolicyTarget() ?? PolicyTarget.None);
        await service.DeleteAsync(credentialId, context.RequestAborted);
        return Results.NoContent();
    }

    private static string? Filter(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 ? null : value.ToString();
}
