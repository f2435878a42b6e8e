using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.EndpointFilter;

public sealed class ProjectEndpointEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task Association_PutHeadListDelete()
    {
        var admin = await server.AdminTokenAsync();
        var (_, projectId, _) = await server.MemberAsync();
        var (_, endpoints) = await server.CallAsync(HttpMethod.Get, "/v3/endpoints", admin);
        var endpointId = endpoints!["endpoints"]![0]!["id"]!.GetValue<string>();
        var association = $"/v3/OS-EP-FILTER/projects/{projectId}/endpoints/{endpointId}";

        var (missingStatus, missing) = await server.CallAsync(HttpMethod.Head, association, admin);
        var (putStatus, _) = await server.CallAsync(HttpMethod.Put, association, admin);
        var (headStatus, _) = await server.CallAsync(HttpMethod.Head, association, admin);
        var (listStatus, list) = await server.CallAsync(HttpMethod.Get, $"/v3/OS-EP-FILTER/projects/{projectId}/endpoints", admin);
        var (projectsStatus, projects) = await server.CallAsync(HttpMethod.Get, $"/v3/OS-EP-FILTER/endpoints/{endpointId}/projects", admin);
        var (deleteStatus, _) = await server.CallAsync(HttpMethod.Delete, association, admin);
        var (againStatus, again) = await server.CallAsync(HttpMethod.Delete, association, admin);

        Assert.Equal(404, missingStatus);
        Assert.Null(missing);
        Assert.Equal(204, putStatus);
        Assert.Equal(204, headStatus);
        Assert.Equal(200, listStatus);
        Assert.Equal(endpointId, list!["endpoints"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(200, projectsStatus);
        Assert.Contains(projects!["projects"]!.AsArray(), p => p!["id"]!.GetValue<string>() == projectId);
        Assert.Equal(204, deleteStatus);
        Assert.Equal(404, againStatus);
        Assert.Equal($"Endpoint {endpointId} not found in project {projectId}", again.Message());
    }

    [Fact]
    public async Task Put_UnknownEndpoint_Returns404()
    {
        var admin = await server.AdminTokenAsync();
        var (_, projectId, _) = await server.MemberAsync();

        var (status, body) = await server.CallAsync(HttpMethod.Put, $"/v3/OS-EP-FILTER/projects/{projectId}/endpoints/nope", admin);

        Assert.Equal(404, status);
        Assert.Equal("Could not find endpoint: nope.", body.Message());
    }

    [Fact]
    public async Task Put_ByProjectMember_Returns403()
    {
        var (_, projectId, token) = await server.MemberAsync();

        var (status, _) = await server.CallAsync(HttpMethod.Put, $"/v3/OS-EP-FILTER/projects/{projectId}/endpoints/x", token);

        Assert.Equal(403, status);
    }
}
