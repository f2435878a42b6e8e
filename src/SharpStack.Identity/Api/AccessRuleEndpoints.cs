using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SharpStack.Hosting;
using SharpStack.Identity.Application.ApplicationCredentials;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/users/{user_id}/access_rules</c> (api-ref application-credentials.inc, access rules).</summary>
internal static class AccessRuleEndpoints
{
    private const string Collection = "/v3/users/{userId}/access_rules";
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapAccessRuleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Collection, GetOrHead, ListAsync);
        endpoints.MapMethods(Collection + "/{accessRuleId}", GetOrHead, GetAsync);
        endpoints.MapDelete(Collection + "/{accessRuleId}", DeleteAsync);
        return endpoints;
    }

    /// <summary>An access rule as an application credential lists it (no links).</summary>
    public static JsonObject Render(AccessRule rule) => new()
    {
        ["id"] = rule.ExternalId,
        ["service"] = rule.Service,
        ["path"] = rule.Path,
        ["method"] = rule.Method,
    };

    private static async Task<IResult> ListAsync(
        HttpContext context, string userId, AccessRuleService rules, CallerToken caller, IdentityPolicyEnforcer policy, IdentityDbContext db)
    {
        await AuthorizeAsync(context, userId, caller, policy, db, ApplicationCredentialPolicies.ListAccessRules);
        var query = context.Request.Query;
        var list = await rules.ListAsync(
            userId, query["service"].FirstOrDefault(), query["path"].FirstOrDefault(), query["method"].FirstOrDefault(), context.RequestAborted);
        return Results.Json(new JsonObject
        {
            ["access_rules"] = new JsonArray([.. list.Select(rule => (JsonNode)WithLinks(context, rule))]),
            ["links"] = RoleAssignmentHttp.CollectionLinks(context),
        });
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, string userId, string accessRuleId, AccessRuleService rules, CallerToken caller, IdentityPolicyEnforcer policy, IdentityDbContext db)
    {
        await AuthorizeAsync(context, userId, caller, policy, db, ApplicationCredentialPolicies.GetAccessRule);
        var rule = await rules.GetAsync(userId, accessRuleId, context.RequestAborted);
        return Results.Json(new JsonObject { ["access_rule"] = WithLinks(context, rule) });
    }

    private static async Task<IResult> DeleteAsync(
        HttpContext context, string userId, string accessRuleId, AccessRuleService rules, CallerToken caller, IdentityPolicyEnforcer policy, IdentityDbContext db)
    {
        await AuthorizeAsync(context, userId, caller, policy, db, ApplicationCredentialPolicies.DeleteAccessRule);
        await rules.DeleteAsync(userId, accessRuleId, context.RequestAborted);
        return Results.NoContent();
    }

    // Keystone's target is the user of the path, when that user exists.
    private static async Task AuthorizeAsync(
        HttpContext context, string userId, CallerToken caller, IdentityPolicyEnforcer policy, IdentityDbContext db, string rule)
    {
        var target = new Dictionary<string, object?>();
        if (await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId, context.RequestAborted))
        {
            target["target.user.id"] = userId;
        }

        var auth = context.GetAuth();
        policy.Enforce(auth, rule, target);
        await caller.GetAsync(auth.Token, context.RequestAborted);
    }

    private static JsonObject WithLinks(HttpContext context, AccessRule rule)
    {
        var json = Render(rule);
        json["links"] = RoleAssignmentHttp.SelfLink(context, $"/access_rules/{rule.ExternalId}");
        return json;
    }
}
