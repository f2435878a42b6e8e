using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Trusts;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/OS-TRUST/trusts</c>: create, list, show and delete trusts (api-ref v3-ext trust.inc).</summary>
internal static class TrustEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapTrustEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v3/OS-TRUST/trusts", CreateAsync).WithBodySchema(IdentitySchemas.Get("trust-create"));
        endpoints.MapMethods("/v3/OS-TRUST/trusts", GetOrHead, ListAsync);
        endpoints.MapMethods("/v3/OS-TRUST/trusts/{trustId}", GetOrHead, GetAsync);
        endpoints.MapDelete("/v3/OS-TRUST/trusts/{trustId}", DeleteAsync);
        endpoints.MapTrustRoleEndpoints();
        return endpoints;
    }

    /// <summary>Keystone's _build_trust_target_enforcement: the trust first (404 before 403), then the rule on it.</summary>
    internal static async Task<Trust> AuthorizeAsync(HttpContext context, string trustId, string rule, TrustService trusts, IdentityPolicyEnforcer policy)
    {
        var trust = await trusts.GetAsync(trustId, context.RequestAborted);
        policy.Enforce(context.GetAuth(), rule, new Dictionary<string, object?>
        {
            ["target.trust.trustor_user_id"] = trust.TrustorUserId,
            ["target.trust.trustee_user_id"] = trust.TrusteeUserId,
            ["target.trust.project_id"] = trust.ProjectId,
            ["target.trust.id"] = trust.Id,
        });
        return trust;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, TrustService trusts, TokenFormatter tokens, IdentityPolicyEnforcer policy)
    {
        var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "trust");
        var auth = context.GetAuth();
        policy.Enforce(auth, TrustPolicies.CreateTrust, new Dictionary<string, object?>
        {
            ["trust.trustor_user_id"] = body["trustor_user_id"]?.ToString(),
            ["trust.trustee_user_id"] = body["trustee_user_id"]?.ToString(),
            ["trust.project_id"] = body["project_id"]?.ToString(),
        });
        var request = TrustRequestReader.Read(body);
        var callerTrustId = tokens.Read(auth.Token)?.TrustId;
        var trust = await trusts.CreateAsync(request, auth.UserId, callerTrustId, context.RequestAborted);
        var roles = await trusts.RolesAsync(trust, context.RequestAborted);
        return Results.Json(new JsonObject { ["trust"] = TrustView.Trust(context, trust, roles) }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(HttpContext context, TrustService trusts, IdentityPolicyEnforcer policy)
    {
        var query = context.Request.Query;
        var trustor = NonEmpty(query["trustor_user_id"].ToString());
        var trustee = NonEmpty(query["trustee_user_id"].ToString());
        var auth = context.GetAuth();
        if (trustor is not null)
        {
            policy.Enforce(auth, TrustPolicies.ListTrustsForTrustor, new Dictionary<string, object?> { ["target.trust.trustor_user_id"] = trustor });
        }
        else if (trustee is not null)
        {
            policy.Enforce(auth, TrustPolicies.ListTrustsForTrustee, new Dictionary<string, object?> { ["target.trust.trustee_user_id"] = trustee });
        }
        else
        {
            policy.Enforce(auth, TrustPolicies.ListTrusts);
        }

        var list = await trusts.ListAsync(trustor, trustee, all: query.Count == 0, context.RequestAborted);
        return Results.Json(new JsonObject
        {
            ["trusts"] = new JsonArray([.. list.Select(trust => (JsonNode)TrustView.Trust(context, trust, roles: null))]),
            ["links"] = RoleAssignmentHttp.CollectionLinks(context),
        });
    }

    private static async Task<IResult> GetAsync(HttpContext context, string trustId, TrustService trusts, IdentityPolicyEnforcer policy)
    {
        var trust = await AuthorizeAsync(context, trustId, TrustPolicies.GetTrust, trusts, policy);
        var roles = await trusts.RolesAsync(trust, context.RequestAborted);
        return Results.Json(new JsonObject { ["trust"] = TrustView.Trust(context, trust, roles) });
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string trustId, TrustService trusts, IdentityPolicyEnforcer policy)
    {
        await AuthorizeAsync(context, trustId, TrustPolicies.DeleteTrust, trusts, policy);
        await trusts.DeleteAsync(trustId, context.RequestAborted);
        return Results.NoContent();
    }

    private static string? NonEmpty(string value) => value.Length == 0 ? null : value;
}
