using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Groups;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Users;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/groups</c> and their members (api-ref/source/v3/groups.inc).</summary>
internal static class GroupEndpoints
{
    public static IEndpointRouteBuilder MapGroupEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var groups = endpoints.MapGroup("/v3/groups");
        groups.MapMethods("", ResourceJson.GetOrHead, async (HttpContext context, GroupService service, ListLimits limits) =>
        {
            var found = limits.Apply(await service.ListAsync(context.GetAuth(), QueryValues.String(context.Request, "domain_id"),
                QueryValues.String(context.Request, "name"), context.RequestAborted), ListLimitSections.Identity);
            return ResourceJson.Collection(context, "groups", found.Items.Select(g => Json(context, g)), found.Truncated);
        });
        groups.MapPost("", async (HttpContext context, GroupService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "group");
            var input = Read(fields);
            var group = await service.CreateAsync(context.GetAuth(), input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("group", Json(context, group), StatusCodes.Status201Created);
        }).WithBodySchema(IdentitySchemas.Get("group-create"));
        groups.MapMethods("/{groupId}", ResourceJson.GetOrHead, async (HttpContext context, string groupId, GroupService service) =>
            ResourceJson.Member("group", Json(context, await service.GetAsync(context.GetAuth(), groupId, context.RequestAborted))));
        groups.MapMethods("/{groupId}", ["PATCH"], async (HttpContext context, string groupId, GroupService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "group");
            var input = Read(fields);
            var group = await service.UpdateAsync(context.GetAuth(), groupId, input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("group", Json(context, group));
        }).WithBodySchema(IdentitySchemas.Get("group-update"));
        groups.MapDelete("/{groupId}", async (HttpContext context, string groupId, GroupService service) =>
        {
            await service.DeleteAsync(context.GetAuth(), groupId, context.RequestAborted);
            return Results.NoContent();
        });
        groups.MapMethods("/{groupId}/users", ResourceJson.GetOrHead, async (HttpContext context, string groupId, UserService service, ListLimits limits) =>
        {
            var found = limits.Apply(await service.ListInGroupAsync(context.GetAuth(), groupId, UserEndpoints.Filter(context.Request), context.RequestAborted),
                ListLimitSections.Identity);
            return ResourceJson.Collection(context, "users", found.Items.Select(u => UserEndpoints.Json(context, u)), found.Truncated);
        });
        groups.MapPut("/{groupId}/users/{userId}", async (HttpContext context, string groupId, string userId, GroupService service) =>
        {
            await service.AddMemberAsync(context.GetAuth(), groupId, userId, context.RequestAborted);
            return Results.NoContent();
        });
        groups.MapMethods("/{groupId}/users/{userId}", ["HEAD", "GET"], async (HttpContext context, string groupId, string userId, GroupService service) =>
        {
            await service.CheckMemberAsync(context.GetAuth(), groupId, userId, context.RequestAborted);
            return Results.NoContent();
        });
        groups.MapDelete("/{groupId}/users/{userId}", async (HttpContext context, string groupId, string userId, GroupService service) =>
        {
            await service.RemoveMemberAsync(context.GetAuth(), groupId, userId, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static GroupInput Read(RequestFields fields)
    {
        fields.Ignore("id", "links");
        return new GroupInput
        {
            // Keystone's schema allows 255 characters; its group table, like ours, holds 64.
            Name = fields.Text("name", Group.NameMaxLength),
            DomainId = fields.String("domain_id"),
            Description = fields.String("description"),
        };
    }

    public static JsonObject Json(HttpContext context, Group group) =>
        ResourceJson.Resource(context, "groups", group.Id, group.Extra, new JsonObject
        {
            ["id"] = group.Id,
            ["name"] = group.Name,
            ["domain_id"] = group.DomainId,
            ["description"] = group.Description ?? string.Empty,
        });
}
