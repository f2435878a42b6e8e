using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Members;

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

            var memberId = Text(member);
            if (string.IsNullOrEmpty(memberId))
            {
                throw new BadRequestException("Member can't be empty");
            }

            return Results.Json(MemberView.Render(await service.AddAsync(imageId, memberId, context.RequestAborted)));
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

    /// <summary>A string value as given; another JSON value as its text, which then fails validation like Glance's.</summary>
    private static string? Text(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString();
}
