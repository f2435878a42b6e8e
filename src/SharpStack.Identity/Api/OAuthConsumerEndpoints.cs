using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.OAuth;
using SharpStack.Identity.Application.Policies;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's OS-OAUTH1 consumers (api-ref v3-ext oauth.inc); the request/access token flow is not offered.</summary>
internal static class OAuthConsumerEndpoints
{
    public static IEndpointRouteBuilder MapOAuthConsumerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var consumers = endpoints.MapGroup("/v3/OS-OAUTH1/consumers");
        consumers.MapMethods("", ResourceJson.GetOrHead, async (HttpContext context, OAuthConsumerService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), OAuthPolicies.ListConsumers);
            var baseUri = context.GetPublicBaseUri();
            var all = await service.ListAsync(context.RequestAborted);
            return ResourceJson.Collection(context, "consumers", all.Select(c => OAuthConsumerService.ToJson(c, baseUri, withSecret: false)));
        });
        consumers.MapPost("", async (HttpContext context, OAuthConsumerService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), OAuthPolicies.CreateConsumer);
            var body = await ConsumerAsync(context, "consumer-create");
            var created = await service.CreateAsync(body, context.RequestAborted);
            return ResourceJson.Member("consumer", OAuthConsumerService.ToJson(created, context.GetPublicBaseUri(), withSecret: true), StatusCodes.Status201Created);
        });
        consumers.MapMethods("/{consumerId}", ResourceJson.GetOrHead, async (string consumerId, HttpContext context, OAuthConsumerService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), OAuthPolicies.GetConsumer);
            var consumer = await service.GetAsync(consumerId, context.RequestAborted);
            return ResourceJson.Member("consumer", OAuthConsumerService.ToJson(consumer, context.GetPublicBaseUri(), withSecret: false));
        });
        consumers.MapPatch("/{consumerId}", async (string consumerId, HttpContext context, OAuthConsumerService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), OAuthPolicies.UpdateConsumer);
            var body = await ConsumerAsync(context, "consumer-update");
            var updated = await service.UpdateAsync(consumerId, body, context.RequestAborted);
            return ResourceJson.Member("consumer", OAuthConsumerService.ToJson(updated, context.GetPublicBaseUri(), withSecret: false));
        });
        consumers.MapDelete("/{consumerId}", async (string consumerId, HttpContext context, OAuthConsumerService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), OAuthPolicies.DeleteConsumer);
            await service.DeleteAsync(consumerId, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    /// <summary>
    /// Keystone reads <c>consumer</c> leniently, a missing one as empty, and checks that member alone
    /// (<c>validation.lazy_validate</c>), so its errors name fields inside it.
    /// </summary>
    private static async Task<JsonObject> ConsumerAsync(HttpContext context, string schema)
    {
        var root = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        return IdentitySchemas.ValidateMember(root, "consumer", schema)!.AsObject();
    }
}
