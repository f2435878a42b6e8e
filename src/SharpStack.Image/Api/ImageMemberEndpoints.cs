using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Members;
using SharpStack.Image.Application.Schemas;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/images/{image_id}/members[/{member_id}]</c> (api-ref/source/v2/images-sharing-v2.inc).</summary>
internal static class ImageMemberEndpoints
{
    public static IEndpointRouteBuilder MapImageMemberEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var members = endpoints.MapGroup("/v2/images/{imageId}/members");
        members.MapPost("", async (string imageId, ImageMemberService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Expected a member in the form: {\"member\": \"image_id\"}", context.RequestAborted);
            if (!body.TryGetPropertyValue("member", out var member))
            {
                throw new BadRequestException("Member to be added not specified");
            }

            if (IsFalsy(member))
            {
                throw new BadRequestException("Member can't be empty");
            }

            ImageRequestSchemas.ValidateMember(body);
            return Results.Json(MemberView.Render(await service.AddAsync(imageId, member!.GetValue<string>(), context.RequestAborted)));
        });
        members.MapGet("", async (string imageId, ImageMemberService service, HttpContext context) =>
            Results.Json(MemberView.RenderList(await service.ListAsync(imageId, context.RequestAborted))));
        members.MapGet("/{memberId}", async (string imageId, string memberId, ImageMemberService service, HttpContext context) =>
            Results.Json(MemberView.Render(await service.GetAsync(imageId, memberId, context.RequestAborted))));
        members.MapPut("/{memberId}", async (string imageId, string memberId, ImageMemberService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Expected a status in the form: {\"status\": \"status\"}", context.RequestAborted);
            if (!body.TryGetPropertyValue("status", out var status))
            {
                throw new BadRequestException("Status not specified");
            }

            return Results.Json(MemberView.Render(await service.UpdateStatusAsync(imageId, memberId, Text(status) ?? "", context.RequestAborted)));
        });
        members.MapDelete("/{memberId}", async (string imageId, string memberId, ImageMemberService service, HttpContext context) =>
        {
            await service.DeleteAsync(imageId, memberId, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    /// <summary>Glance's <c>if not member_id</c>: null, false, 0, "", [] and {} are all empty to Python.</summary>
    private static bool IsFalsy(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.False => true,
            JsonValueKind.String => value.GetValue<string>().Length == 0,
            JsonValueKind.Number => value.AsValue().TryGetValue<double>(out var number) && number == 0,
            _ => false,
        },
    };

    /// <summary>A string value as given; another JSON value as its text, which then fails validation like Glance's.</summary>
    private static string? Text(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString();
}
