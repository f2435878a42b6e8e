using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Limits;

/// <summary>
/// Identity with the harness's personas for the limit, credential and policy tests: project Alpha is project A of the
/// personas, project Beta a second project of domain A; a compute and a volume service and a second region are made
/// through the API.
/// </summary>
public sealed class LimitsCloud : IdentityCloud
{
    public const string RegionId = "RegionOne";
    public const string OtherRegionId = "RegionTwo";

    public string DomainId => Targets.DomainAId;

    public string AlphaProjectId => Targets.ProjectAId;

    public string BetaProjectId { get; private set; } = "";

    public string MemberUserId => Account(Persona.ProjectMember).UserId;

    /// <summary>A user who is not the member, with a project of its own (project B).</summary>
    public string OtherMemberUserId => Account(Persona.ProjectBMember).UserId;

    public string ComputeServiceId { get; private set; } = "";

    public string VolumeServiceId { get; private set; } = "";

    /// <summary>Sends a request as <paramref name="persona"/> (none when null) with a JSON body (a string is sent as is).</summary>
    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, Persona? persona = Persona.SystemAdmin, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (persona is { } caller)
        {
            request.Headers.Add("X-Auth-Token", await TokenAsync(caller));
        }

        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    protected override async Task SeedAsync()
    {
        BetaProjectId = await Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "beta", ["domain_id"] = DomainId });
        ComputeServiceId = await Admin.CreateAsync("v3/services", "service", new JsonObject { ["type"] = "compute", ["name"] = "nova" });
        VolumeServiceId = await Admin.CreateAsync("v3/services", "service", new JsonObject { ["type"] = "volumev3", ["name"] = "cinder" });
        await Admin.SendAsync(HttpMethod.Post, "v3/regions", new JsonObject { ["region"] = new JsonObject { ["id"] = OtherRegionId } });
    }
}
