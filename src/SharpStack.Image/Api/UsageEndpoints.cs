using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Image.Application.Quotas;

namespace SharpStack.Image.Api;

/// <summary><c>GET /v2/info/usage</c>: the caller's project limits and usage (api-ref "Quota usage", glance/api/v2/discovery.py).</summary>
internal static class UsageEndpoints
{
    public static IEndpointRouteBuilder MapUsageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v2/info/usage", GetUsageAsync);
        return endpoints;
    }

    // Glance applies no policy here: any authenticated caller sees its own project's quota, and {} when quotas are off.
    private static async Task<IResult> GetUsageAsync(HttpContext context, ImageQuotaEnforcer quotas)
    {
        var usage = await quotas.GetUsageAsync(context.GetAuth().ProjectId, context.RequestAborted);
        var body = new JsonObject();
        foreach (var (resource, value) in usage)
        {
            body[resource] = new JsonObject { ["usage"] = value.Usage, ["limit"] = value.Limit };
        }

        return Results.Json(new JsonObject { ["usage"] = body });
    }
}
