using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.ApplicationCredentials;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/users/{user_id}/application_credentials</c> (api-ref application-credentials.inc).</summary>
internal static class ApplicationCredentialEndpoints
{
    private const string Collection = "/v3/users/{userId}/application_credentials";
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapApplicationCredentialEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Collection, CreateAsync).WithBodySchema(IdentitySchemas.Get("application-credential-create"));
        endpoints.MapMethods(Collection, GetOrHead, ListAsync);
        endpoints.MapMethods(Collection + "/{credentialId}", GetOrHead, GetAsync);
        endpoints.MapDelete(Collection + "/{credentialId}", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, string userId, ApplicationCredentialService credentials, CallerToken caller, IdentityPolicyEnforcer policy, TimeProvider time)
    {
        var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "application_credential");
        var request = ApplicationCredentialRequestReader.Read(body, time.GetUtcNow());
        var auth = context.GetAuth();
        policy.Enforce(auth, ApplicationCredentialPolicies.CreateApplicationCredential, Owner(userId));
        var token = await caller.GetAsync(auth.Token, context.RequestAborted);
        CallerToken.RequireUnrestricted(token);
        if (auth.UserId != userId || token.Project is null)
        {
            throw new ForbiddenException("You are not authorized to perform the requested action: Cannot create an application credential for another user.");
        }

        var (view, secret) = await credentials.CreateAsync(userId, token.Project.Id, token.Roles, request, context.RequestAborted);
        var json = Render(context, view);
        json["secret"] = secret;
        return Results.Json(new JsonObject { ["application_credential"] = json }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, string userId, ApplicationCredentialService credentials, CallerToken caller, IdentityPolicyEnforcer policy)
    {
        var auth = context.GetAuth();
        policy.Enforce(auth, ApplicationCredentialPolicies.ListApplicationCredentials, Owner(userId));
        await caller.GetAsync(auth.Token, context.RequestAborted);
        var list = await credentials.ListAsync(userId, context.Request.Query["name"].FirstOrDefault(), context.RequestAborted);
        return Results.Json(new JsonObject
        {
            ["application_credentials"] = new JsonArray([.. list.Select(view => (JsonNode)Render(context, view))]),
            ["links"] = RoleAssignmentHttp.CollectionLinks(context),
        });
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, string userId, string credentialId, ApplicationCredentialService credentials, CallerToken caller, IdentityPolicyEnforcer policy)
    {
        await AuthorizeAsync(context, userId, credentialId, credentials, caller, policy, ApplicationCredentialPolicies.GetApplicationCredential);
        var view = await credentials.GetAsync(credentialId, context.RequestAborted);
        return Results.Json(new JsonObject { ["application_credential"] = Render(context, view) });
    }

    private static async Task<IResult> DeleteAsync(
        HttpContext context, string userId, string credentialId, ApplicationCredentialService credentials, CallerToken caller, IdentityPolicyEnforcer policy)
    {
        var token = await AuthorizeAsync(context, userId, credentialId, credentials, caller, policy, ApplicationCredentialPolicies.DeleteApplicationCredential);
        CallerToken.RequireUnrestricted(token);
        await credentials.DeleteAsync(credentialId, context.RequestAborted);
        return Results.NoContent();
    }

    // As Keystone, the owner checked is the credential's user; unlike Keystone, a credential is found only under its own
    // user's path, so that another path can neither show nor delete it.
    private static async Task<Application.Tokens.TokenData> AuthorizeAsync(
        HttpContext context, string userId, string credentialId, ApplicationCredentialService credentials, CallerToken caller, IdentityPolicyEnforcer policy, string rule)
    {
        var owner = await credentials.OwnerAsync(credentialId, context.RequestAborted);
        var auth = context.GetAuth();
        policy.Enforce(auth, rule, Owner(owner ?? userId));
        var token = await caller.GetAsync(auth.Token, context.RequestAborted);
        return owner == userId ? token : throw ApplicationCredentialService.NotFound(credentialId);
    }

    private static Dictionary<string, object?> Owner(string userId) => new() { ["user_id"] = userId };

    private static JsonObject Render(HttpContext context, ApplicationCredentialView view)
    {
        var credential = view.Credential;
        var json = new JsonObject
        {
            ["id"] = credential.Id,
            ["name"] = credential.Name,
            ["description"] = credential.Description,
            ["user_id"] = credential.UserId,
            ["project_id"] = credential.ProjectId,
            ["system"] = credential.System,
            ["expires_at"] = credential.ExpiresAt?.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            ["unrestricted"] = credential.Unrestricted,
            ["roles"] = new JsonArray([.. view.Roles.Select(role => (JsonNode)Role(role))]),
        };
        if (view.AccessRules.Count > 0)
        {
            json["access_rules"] = new JsonArray([.. view.AccessRules.Select(rule => (JsonNode)AccessRuleEndpoints.Render(rule))]);
        }

        json["links"] = RoleAssignmentHttp.SelfLink(context, $"/application_credentials/{credential.Id}");
        return json;
    }

    private static JsonObject Role(Role role) => new()
    {
        ["id"] = role.Id,
        ["name"] = role.Name,
        ["domain_id"] = role.IsGlobal ? null : role.DomainId,
        ["description"] = role.Description,
        ["options"] = new JsonObject(),
    };
}
