using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

public sealed class SchemaMemberTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData("123", "123 is not of type 'string'")]
    [InlineData("true", "True is not of type 'string'")]
    [InlineData("{\"a\": 1}", "{'a': 1} is not of type 'string'")]
    [InlineData("[\"a\"]", "['a'] is not of type 'string'")]
    [InlineData("1.5", "1.5 is not of type 'string'")]
    public async Task Add_MemberNotAString_AnswersBadRequestAndStoresNothing(string member, string reason)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": {{member}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'member': {reason}", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectMember);
        Assert.Equal(0, list.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task Add_MemberLongerThanItsColumn_AnswersBadRequestAndStoresNothing()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        var member = new string('m', 256);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": "{{member}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'member': '{member}' is too long", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectMember);
        Assert.Equal(0, list.GetProperty("members").GetArrayLength());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("null")]
    public async Task Add_MemberFalsy_AnswersMemberCantBeEmptyAsGlance(string member)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": {{member}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Member can't be empty", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectMember);
        Assert.Equal(0, list.GetProperty("members").GetArrayLength());
    }

    [Theory]
    [InlineData("5")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[\"accepted\"]")]
    [InlineData("{\"status\": \"accepted\"}")]
    public async Task UpdateStatus_NotAString_AnswersBadRequestAndKeepsPending(string value)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        var member = server.Targets.ProjectBId;
        var (added, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": "{{member}}"}""");
        Assert.Equal(HttpStatusCode.OK, added);

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{member}", Persona.ProjectBMember, $$"""{"status": {{value}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\".", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{member}", Persona.ProjectMember);
        Assert.Equal("pending", shown.GetProperty("status").GetString());
    }
}
