using System.Text.Json.Nodes;
using SharpStack.Testing.Identity;

namespace SharpStack.Testing.Personas;

/// <summary>The domains and projects the personas live in.</summary>
public sealed record PersonaTargets(string DomainAId, string DomainBId, string ProjectAId, string ProjectBId, string ServiceProjectId)
{
    public static async Task<PersonaTargets> CreateAsync(IdentityAdminClient admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var domainA = await admin.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = "domain-a" });
        var domainB = await admin.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = "domain-b" });
        var projectA = await admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "project-a", ["domain_id"] = domainA });
        var projectB = await admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "project-b", ["domain_id"] = domainB });
        var service = await admin.SendAsync(HttpMethod.Get, "v3/projects?name=service");
        var serviceProject = service!["projects"]!.AsArray().Single()!["id"]!.GetValue<string>();
        return new PersonaTargets(domainA, domainB, projectA, projectB, serviceProject);
    }
}
