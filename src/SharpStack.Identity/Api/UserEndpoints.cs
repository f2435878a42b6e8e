using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Users;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/users</c> (api-ref/source/v3/users.inc).</summary>
internal static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/v3/users");
        users.MapMethods("", ResourceJson.GetOrHead, async (HttpContext context, UserService service, ListLimits limits) =>
        {
            var found = limits.Apply(await service.ListAsync(context.GetAuth(), Filter(context.Request), context.RequestAborted), ListLimitSections.Identity);
            return ResourceJson.Collection(context, "users", found.Items.Select(u => Json(context, u)), found.Truncated);
        });
        users.MapPost("", async (HttpContext context, UserService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "user");
            var input = Read(fields);
            var user = await service.CreateAsync(context.GetAuth(), input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("user", Json(context, user), StatusCodes.Status201Created);
        }).WithBodySchema(IdentitySchemas.Get("user-create"));
        users.MapMethods("/{userId}", ResourceJson.GetOrHead, async (HttpContext context, string userId, UserService service) =>
            ResourceJson.Member("user", Json(context, await service.GetAsync(context.GetAuth(), userId, context.RequestAborted))));
        users.MapMethods("/{userId}", ["PATCH"], async (HttpContext context, string userId, UserService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "user");
            var input = Read(fields);
            var user = await service.UpdateAsync(context.GetAuth(), userId, input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("user", Json(context, user));
        }).WithBodySchema(IdentitySchemas.Get("user-update"));
        users.MapDelete("/{userId}", async (HttpContext context, string userId, UserService service) =>
        {
            await service.DeleteAsync(context.GetAuth(), userId, context.RequestAborted);
            return Results.NoContent();
        });
        users.MapPost("/{userId}/password", async (HttpContext context, string userId, UserService service) =>
        {
            var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
            var user = IdentitySchemas.ValidateMember(body, "user", "user-password")!;
            await service.ChangePasswordAsync(userId, user["original_password"]!.GetValue<string>(), user["password"]!.GetValue<string>(), context.RequestAborted);
            return Results.NoContent();
        }).AllowAnonymous();
        users.MapMethods("/{userId}/projects", ResourceJson.GetOrHead, async (HttpContext context, string userId, UserRelationsService service) =>
        {
            var found = await service.ListProjectsAsync(context.GetAuth(), userId, QueryValues.String(context.Request, "name"),
                QueryValues.Boolean(context.Request, "enabled"), context.RequestAborted);
            return ResourceJson.Collection(context, "projects", found.Select(p => ProjectEndpoints.Json(context, p)));
        });
        users.MapMethods("/{userId}/groups", ResourceJson.GetOrHead, async (HttpContext context, string userId, UserRelationsService service, ListLimits limits) =>
        {
            var found = limits.Apply(await service.ListGroupsAsync(context.GetAuth(), userId, context.RequestAborted), ListLimitSections.Identity);
            return ResourceJson.Collection(context, "groups", found.Items.Select(g => GroupEndpoints.Json(context, g)), found.Truncated);
        });
        return endpoints;
    }

    public static UserFilter Filter(HttpRequest request) => new()
    {
        DomainId = QueryValues.String(request, "domain_id"),
        Name = QueryValues.String(request, "name"),
        Enabled = QueryValues.Boolean(request, "enabled"),
        PasswordExpiresAt = QueryValues.String(request, "password_expires_at") is { } expiry ? PasswordExpiryFilter.Parse(expiry) : null,
        Federated = request.Query.ContainsKey("idp_id") || request.Query.ContainsKey("protocol_id") || request.Query.ContainsKey("unique_id"),
    };

    // A user's description, like any member the schema names but the user has no column for, stays among its extra attributes.
    private static UserInput Read(RequestFields fields)
    {
        fields.Ignore("id", "links", "federated", "password_expires_at");
        return new UserInput
        {
            Name = fields.Text("name"),
            DomainId = fields.String("domain_id"),
            DefaultProjectId = fields.String("default_project_id", KeystoneIds.MaxLength),
            Password = fields.String("password"),
            Enabled = fields.Boolean("enabled"),
            Options = fields.Object("options"),
        };
    }

    public static JsonObject Json(HttpContext context, User user)
    {
        var fields = new JsonObject
        {
            ["id"] = user.Id,
            ["name"] = user.Name,
            ["domain_id"] = user.DomainId,
            ["enabled"] = user.Enabled,
            ["password_expires_at"] = user.PasswordExpiresAt?.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            ["options"] = user.Options.DeepClone(),
        };
        if (user.DefaultProjectId is not null)
        {
            fields["default_project_id"] = user.DefaultProjectId;
        }

        return ResourceJson.Resource(context, "users", user.Id, user.Extra, fields);
    }
}
