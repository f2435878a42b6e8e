using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Members;

public sealed class ImageMemberTests(ImageServer server) : IClassFixture<ImageServer>
{
    private string B => server.Targets.ProjectBId;
    private string C => server.Targets.ProjectCId;

    private async Task<string> SharedImageWithMembersAsync(params string[] members)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        foreach (var member in members)
        {
            var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": "{{member}}"}""");
            Assert.Equal(HttpStatusCode.OK, status);
        }

        return id;
    }

    [Fact]
    public async Task Add_ByOwner_CreatesPendingMembership()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": "{{B}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(B, body.GetProperty("member_id").GetString());
        Assert.Equal(id, body.GetProperty("image_id").GetString());
        Assert.Equal("pending", body.GetProperty("status").GetString());
        Assert.Equal("/v2/schemas/member", body.GetProperty("schema").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", body.GetProperty("created_at").GetString()!);
        var (duplicate, duplicateBody, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": "{{B}}"}""");
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.StartsWith($"Member {B} is duplicated for image {id}", duplicateBody.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ToPrivateImage_AnswersForbidden()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"visibility": "private"}""");

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": "{{B}}"}""");
        var (list, listBody, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectMember);

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
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_SeesImageAndOnlyItsOwnMembership_AndAcceptsIt()
    {
        var id = await SharedImageWithMembersAsync(B, C);

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectBMember)).Status);
        var (_, ownerList, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectMember);
        Assert.Equal(2, ownerList.GetProperty("members").GetArrayLength());
        Assert.Equal("/v2/schemas/members", ownerList.GetProperty("schema").GetString());
        var (_, memberList, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectBMember);
        Assert.Equal([B], memberList.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("member_id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{C}", Persona.ProjectBMember)).Status);

        var (accepted, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{B}", Persona.ProjectBMember, """{"status": "accepted"}""");
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Equal("accepted", body.GetProperty("status").GetString());
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{B}", Persona.ProjectMember);
        Assert.Equal("accepted", shown.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Status_OnlyTheMemberMayChangeIt()
    {
        var id = await SharedImageWithMembersAsync(B, C);

        var (byOwner, ownerBody, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{B}", Persona.ProjectMember, """{"status": "accepted"}""");
        var (byOther, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{B}", Persona.ProjectCMember, """{"status": "accepted"}""");

        Assert.Equal(HttpStatusCode.Forbidden, byOwner);
        Assert.StartsWith($"Not allowed to update members for image {id}.", ownerBody.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byOther);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{B}", Persona.ProjectMember);
        Assert.Equal("pending", shown.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"status": "maybe"}""", "Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\".")]
    [InlineData("{}", "Status not specified")]
    public async Task Status_Invalid_AnswersBadRequest(string json, string message)
    {
        var id = await SharedImageWithMembersAsync(B);

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{B}", Persona.ProjectBMember, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_OnlyOwnerMay_ThenImageDisappearsForMember()
    {
        var id = await SharedImageWithMembersAsync(B);

        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/members/{B}", Persona.ProjectBMember)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/members/{B}", Persona.ProjectMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectBMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/members/{B}", Persona.ProjectMember)).Status);
    }

    [Fact]
    public async Task Member_CannotAddOtherMembers()
    {
        var id = await SharedImageWithMembersAsync(B);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectBMember, $$"""{"member": "{{C}}"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task NonMember_CannotSeeSharedImageOrItsMembers()
    {
        var id = await SharedImageWithMembersAsync(B);

        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectCMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectCMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{B}", Persona.ProjectCMember)).Status);
    }

    [Fact]
    public async Task Reader_OfOwnerProject_ListsButCannotAdd()
    {
        var id = await SharedImageWithMembersAsync(B);

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectReader)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectReader, $$"""{"member": "{{C}}"}""")).Status);
    }
}
