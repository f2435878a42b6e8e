using System.Net;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests.Members;

public sealed class ImageMemberTests(ImageApiServer server) : IClassFixture<ImageApiServer>
{
    private const string B = ImageApiServer.ProjectBId;
    private const string C = ImageApiServer.ProjectCId;

    private async Task<string> SharedImageWithMembersAsync(params string[] members)
    {
        var id = await server.CreateImageAsync(ImagePersona.MemberA);
        foreach (var member in members)
        {
            var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", ImagePersona.MemberA, $$"""{"member": "{{member}}"}""");
            Assert.Equal(HttpStatusCode.OK, status);
        }

        return id;
    }

    [Fact]
    public async Task Add_ByOwner_CreatesPendingMembership()
    {
        var id = await server.CreateImageAsync(ImagePersona.MemberA);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", ImagePersona.MemberA, $$"""{"member": "{{B}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(B, body.GetProperty("member_id").GetString());
        Assert.Equal(id, body.GetProperty("image_id").GetString());
        Assert.Equal("pending", body.GetProperty("status").GetString());
        Assert.Equal("/v2/schemas/member", body.GetProperty("schema").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", body.GetProperty("created_at").GetString()!);
        var (duplicate, duplicateBody, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", ImagePersona.MemberA, $$"""{"member": "{{B}}"}""");
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.StartsWith($"Member {B} is duplicated for image {id}", duplicateBody.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ToPrivateImage_AnswersForbidden()
    {
        var id = await server.CreateImageAsync(ImagePersona.MemberA, """{"visibility": "private"}""");

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", ImagePersona.MemberA, $$"""{"member": "{{B}}"}""");
        var (list, listBody, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", ImagePersona.MemberA);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(HttpStatusCode.Forbidden, list);
        Assert.Contains("Only shared images have members.", listBody.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "Member to be added not specified")]
    [InlineData("""{"member": ""}""", "Member can't be empty")]
    [InlineData("[]", "Expected a member in the form: {\"member\": \"image_id\"}")]
    public async Task Add_BadBody_AnswersBadRequest(string json, string message)
    {
        var id = await server.CreateImageAsync(ImagePersona.MemberA);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", ImagePersona.MemberA, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_SeesImageAndOnlyItsOwnMembership_AndAcceptsIt()
    {
        var id = await SharedImageWithMembersAsync(B, C);

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", ImagePersona.MemberB)).Status);
        var (_, ownerList, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", ImagePersona.MemberA);
        Assert.Equal(2, ownerList.GetProperty("members").GetArrayLength());
        Assert.Equal("/v2/schemas/members", ownerList.GetProperty("schema").GetString());
        var (_, memberList, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", ImagePersona.MemberB);
        Assert.Equal([B], memberList.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("member_id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{C}", ImagePersona.MemberB)).Status);

        var (accepted, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{B}", ImagePersona.MemberB, """{"status": "accepted"}""");
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Equal("accepted", body.GetProperty("status").GetString());
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{B}", ImagePersona.MemberA);
        Assert.Equal("accepted", shown.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Status_OnlyTheMemberMayChangeIt()
    {
        var id = await SharedImageWithMembersAsync(B, C);

        var (byOwner, ownerBody, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{B}", ImagePersona.MemberA, """{"status": "accepted"}""");
        var (byOther, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{B}", ImagePersona.MemberC, """{"status": "accepted"}""");

        Assert.Equal(HttpStatusCode.Forbidden, byOwner);
        Assert.StartsWith($"Not allowed to update members for image {id}.", ownerBody.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byOther);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{B}", ImagePersona.MemberA);
        Assert.Equal("pending", shown.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"status": "maybe"}""", "Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\".")]
    [InlineData("{}", "Status not specified")]
    public async Task Status_Invalid_AnswersBadRequest(string json, string message)
    {
        var id = await SharedImageWithMembersAsync(B);

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{B}", ImagePersona.MemberB, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_OnlyOwnerMay_ThenImageDisappearsForMember()
    {
        var id = await SharedImageWithMembersAsync(B);

        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/members/{B}", ImagePersona.MemberB)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/members/{B}", ImagePersona.MemberA)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", ImagePersona.MemberB)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/members/{B}", ImagePersona.MemberA)).Status);
    }

    [Fact]
    public async Task Member_CannotAddOtherMembers()
    {
        var id = await SharedImageWithMembersAsync(B);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", ImagePersona.MemberB, $$"""{"member": "{{C}}"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task NonMember_CannotSeeSharedImageOrItsMembers()
    {
        var id = await SharedImageWithMembersAsync(B);

        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", ImagePersona.MemberC)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", ImagePersona.MemberC)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{B}", ImagePersona.MemberC)).Status);
    }

    [Fact]
    public async Task Reader_OfOwnerProject_ListsButCannotAdd()
    {
        var id = await SharedImageWithMembersAsync(B);

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", ImagePersona.ReaderA)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", ImagePersona.ReaderA, $$"""{"member": "{{C}}"}""")).Status);
    }
}
