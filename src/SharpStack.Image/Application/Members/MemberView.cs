using System.Text.Json.Nodes;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Members;

/// <summary>An image member as Glance renders it (glance/api/v2/image_members.py _format_image_member).</summary>
internal static class MemberView
{
    public static JsonObject Render(ImageMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new JsonObject
        {
            ["member_id"] = member.MemberId,
            ["image_id"] = member.ImageId,
            ["status"] = member.Status,
            ["created_at"] = ImageView.Timestamp(member.CreatedAt),
            ["updated_at"] = ImageView.Timestamp(member.UpdatedAt),
            ["schema"] = "/v2/schemas/member",
        };
    }

    public static JsonObject RenderList(IEnumerable<ImageMember> members) => new()
    {
        ["members"] = new JsonArray([.. members.Select(Render)]),
        ["schema"] = "/v2/schemas/members",
    };
}
