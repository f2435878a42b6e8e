using System.Net;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Hardening;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Cascades;

/// <summary>The resources that hang off a user or a project, made through the REST API, and how a test sees them.</summary>
internal static class CascadeSetup
{
    public const string TotpSeed = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /// <summary>A credential of <paramref name="type"/> stored by the admin for the user; its id.</summary>
    public static Task<string> CredentialAsync(this FailingWritesCloud cloud, string userId, string type, string blob, string? projectId = null)
    {
        var credential = new JsonObject { ["type"] = type, ["user_id"] = userId, ["blob"] = blob };
        if (projectId is not null)
        {
            credential["project_id"] = projectId;
        }

        return cloud.Admin.CreateAsync("v3/credentials", "credential", credential);
    }

    /// <summary>An EC2 key pair of the user on the project, stored as Keystone stores it (a credential of type ec2).</summary>
    public static Task<string> Ec2Async(this FailingWritesCloud cloud, string userId, string projectId) =>
        cloud.CredentialAsync(userId, "ec2", new JsonObject { ["access"] = "a" + Guid.NewGuid().ToString("N"), ["secret"] = "s" }.ToJsonString(), projectId);

    /// <summary>The user's own client, with a token scoped to <paramref name="projectId"/>.</summary>
    public static async Task<IdentityAdminClient> ClientAsync(this FailingWritesCloud cloud, string name, string projectId, string domainId = "default") =>
        new(cloud.Client, await IdentityTokens.IssueAsync(cloud.Client, name, domainId, Support.TestUsers.Password, IdentityTokens.ProjectScope(projectId)));

    /// <summary>An application credential the user makes with an access rule; its id.</summary>
    public static Task<string> AppCredentialAsync(this IdentityAdminClient user, string userId) =>
        user.CreateAsync($"v3/users/{userId}/application_credentials", "application_credential", new JsonObject
        {
            ["name"] = "ac-" + Guid.NewGuid().ToString("N")[..8],
            ["access_rules"] = new JsonArray(new JsonObject { ["service"] = "compute", ["path"] = "/v2.1/servers", ["method"] = "GET" }),
        });

    /// <summary>A trust of the member role on the project, made by the trustor's client; its id.</summary>
    public static Task<string> TrustAsync(this IdentityAdminClient trustor, string trustorId, string trusteeId, string projectId) =>
        trustor.CreateAsync("v3/OS-TRUST/trusts", "trust", new JsonObject
        {
            ["trustor_user_id"] = trustorId,
            ["trustee_user_id"] = trusteeId,
            ["project_id"] = projectId,
            ["impersonation"] = false,
            ["roles"] = new JsonArray(new JsonObject { ["name"] = "member" }),
        });

    /// <summary>The admin's client scoped to the admin project, as a trustor or trustee on it.</summary>
    public static async Task<IdentityAdminClient> AdminOnProjectAsync(this FailingWritesCloud cloud) =>
        new(cloud.Client, await IdentityTokens.IssueAsync(cloud.Client, "admin", "default", IdentityServer.AdminPassword, IdentityTokens.ProjectScope(cloud.AdminProjectId)));

    /// <summary>The admin's token through the trust.</summary>
    public static Task<string> AdminTrustTokenAsync(this FailingWritesCloud cloud, string trustId) =>
        IdentityTokens.IssueAsync(cloud.Client, "admin", "default", IdentityServer.AdminPassword, TrustScope(trustId));

    public static JsonObject TrustScope(string trustId) => new() { ["OS-TRUST:trust"] = new JsonObject { ["id"] = trustId } };

    /// <summary>A limit of the project or the domain on a service and registered limit of its own; its id.</summary>
    public static async Task<string> LimitAsync(this FailingWritesCloud cloud, string? projectId = null, string? domainId = null)
    {
        var serviceId = await cloud.Admin.CreateAsync("v3/services", "service", new JsonObject { ["type"] = "t" + Guid.NewGuid().ToString("N")[..8] });
        await cloud.Admin.SendAsync(HttpMethod.Post, "v3/registered_limits", new JsonObject
        {
            ["registered_limits"] = new JsonArray(new JsonObject { ["service_id"] = serviceId, ["resource_name"] = "cores", ["default_limit"] = 10 }),
        });
        var limit = new JsonObject { ["service_id"] = serviceId, ["resource_name"] = "cores", ["resource_limit"] = 5 };
        limit[projectId is null ? "domain_id" : "project_id"] = projectId ?? domainId;
        var created = await cloud.Admin.SendAsync(HttpMethod.Post, "v3/limits", new JsonObject { ["limits"] = new JsonArray(limit) });
        return created!["limits"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>An endpoint of the bootstrap catalog.</summary>
    public static async Task<string> EndpointIdAsync(this FailingWritesCloud cloud) =>
        (await cloud.Admin.SendAsync(HttpMethod.Get, "v3/endpoints"))!["endpoints"]![0]!["id"]!.GetValue<string>();

    public static Task<string> EndpointGroupAsync(this FailingWritesCloud cloud) =>
        cloud.Admin.CreateAsync("v3/OS-EP-FILTER/endpoint_groups", "endpoint_group", new JsonObject
        {
            ["name"] = "eg-" + Guid.NewGuid().ToString("N")[..8],
            ["filters"] = new JsonObject { ["interface"] = "public" },
        });

    /// <summary>Associates the project with the endpoint and with the endpoint group.</summary>
    public static async Task AssociateAsync(this FailingWritesCloud cloud, string projectId, string endpointId, string groupId)
    {
        await cloud.Admin.SendAsync(HttpMethod.Put, $"v3/OS-EP-FILTER/projects/{projectId}/endpoints/{endpointId}");
        await cloud.Admin.SendAsync(HttpMethod.Put, $"v3/OS-EP-FILTER/endpoint_groups/{groupId}/projects/{projectId}");
    }

    /// <summary>The projects associated with the endpoint and with the endpoint group.</summary>
    public static async Task<(IReadOnlyList<string> OfEndpoint, IReadOnlyList<string> OfGroup)> AssociatedProjectsAsync(
        this FailingWritesCloud cloud, string endpointId, string groupId) =>
        (await IdsAsync(cloud, $"v3/OS-EP-FILTER/endpoints/{endpointId}/projects", "projects"),
            await IdsAsync(cloud, $"v3/OS-EP-FILTER/endpoint_groups/{groupId}/projects", "projects"));

    /// <summary>The status of the admin's GET of <paramref name="path"/>.</summary>
    public static async Task<HttpStatusCode> StatusAsync(this FailingWritesCloud cloud, string path)
    {
        var (status, _, response) = await cloud.SendAsync(HttpMethod.Get, path, null);
        response.Dispose();
        return status;
    }

    /// <summary>Asserts the admin's GET of every path answers <paramref name="expected"/>.</summary>
    public static async Task AssertStatusAsync(this FailingWritesCloud cloud, HttpStatusCode expected, params string[] paths)
    {
        foreach (var path in paths)
        {
            Assert.True(expected == await cloud.StatusAsync(path), $"GET {path} did not answer {expected}.");
        }
    }

    private static async Task<IReadOnlyList<string>> IdsAsync(FailingWritesCloud cloud, string path, string collection) =>
        [.. (await cloud.Admin.SendAsync(HttpMethod.Get, path))![collection]!.AsArray().Select(p => p!["id"]!.GetValue<string>())];
}
