using System.Text.Json.Nodes;
using SharpStack.Testing.Identity;

namespace SharpStack.Testing.Personas;

/// <summary>The domains and projects the personas live in.</summary>
/// <param name="ProjectCId">A second project of domain B.</param>
/// <param name="AdminProjectId">The bootstrap project <c>admin</c>.</param>
public sealed record PersonaTargets(
    string DomainAId, string DomainBId, string ProjectAId, string ProjectBId, string ServiceProjectId, string ProjectCId, string AdminProjectId)
{
    public static async Task<PersonaTargets> CreateAsync(IdentityAdminClient admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var domainA = await admin.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = "domain-a" });
        var domainB = await admin.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = "domain-b" });
        var projectA = await admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "project-a", ["domain_id"] = domainA });
        var projectB = await admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "project-b", ["domain_id"] = domainB });
        var projectC = await admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "project-c", ["domain_id"] = domainB });
        return new PersonaTargets(
            domainA, domainB, projectA, projectB, await ProjectIdAsync(admin, "service"), projectC, await ProjectIdAsync(admin, "admin"));
    }

    private static async Task<string> ProjectIdAsync(IdentityAdminClient admin, string name)
    {
        var projects = await admin.SendAsync(HttpMethod.Get, $"v3/projects?name={name}&domain_id=default");
        return projects!["projects"]!.AsArray().Single()!["id"]!.GetValue<string>();
    }
}
