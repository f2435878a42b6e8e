using System.Net;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Personas;

/// <summary>The harness's personas are real users whose real tokens carry the scope and roles each persona stands for.</summary>
public sealed class PersonaCloudTests(PersonaCloud cloud) : IClassFixture<PersonaCloud>
{
    public static TheoryData<Persona, string, string[]> Expected => new()
    {
        { Persona.SystemAdmin, "system", ["admin", "member", "reader"] },
        { Persona.SystemMember, "system", ["member", "reader"] },
        { Persona.SystemReader, "system", ["reader"] },
        { Persona.DomainAdmin, "domain", ["admin", "member", "reader"] },
        { Persona.DomainMember, "domain", ["member", "reader"] },
        { Persona.DomainReader, "domain", ["reader"] },
        { Persona.ProjectAdmin, "project", ["admin", "member", "reader"] },
        { Persona.ProjectMember, "project", ["member", "reader"] },
        { Persona.ProjectReader, "project", ["reader"] },
        { Persona.ProjectBMember, "project", ["member", "reader"] },
        { Persona.ServiceUser, "project", ["admin", "member", "reader", "service"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Token_OfEachPersona_ValidatesWithItsScopeAndRoles(Persona persona, string scope, string[] roles)
    {
        var account = cloud.Personas.Account(persona);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("v3/auth/tokens", UriKind.Relative));
        request.Headers.Add("X-Auth-Token", await cloud.TokenAsync(Persona.SystemAdmin));
        request.Headers.Add("X-Subject-Token", await cloud.TokenAsync(persona));
        using var response = await cloud.Identity.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("token");
        Assert.Equal(account.UserId, token.GetProperty("user").GetProperty("id").GetString());
        Assert.True(token.TryGetProperty(scope, out var scoped), $"{persona}'s token is not {scope}-scoped: {token}");
        if (scope != "system")
        {
            Assert.Equal(account.ScopeId, scoped.GetProperty("id").GetString());
        }

        var names = token.GetProperty("roles").EnumerateArray().Select(role => role.GetProperty("name").GetString()).Order();
        Assert.Equal(roles, names);
    }

    [Fact]
    public void Targets_ProjectsLiveInTheirDomains_AndDiffer()
    {
        var targets = cloud.Targets;
        Assert.Equal(targets.ProjectAId, cloud.Personas.Account(Persona.ProjectMember).ProjectId);
        Assert.Equal(targets.ProjectBId, cloud.Personas.Account(Persona.ProjectBMember).ProjectId);
        Assert.Equal(targets.DomainAId, cloud.Personas.Account(Persona.DomainAdmin).ScopeId);
        Assert.NotEqual(targets.DomainAId, targets.DomainBId);
    }
}
