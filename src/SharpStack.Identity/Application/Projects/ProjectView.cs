using System.Text.Json.Nodes;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Projects;

/// <summary>A project as the API shows it; a domain seen through the project API has <c>is_domain</c> true and no domain or parent.</summary>
internal sealed record ProjectView(
    string Id,
    string Name,
    string? DomainId,
    string? ParentId,
    string? Description,
    bool Enabled,
    bool IsDomain,
    IReadOnlyList<string> Tags,
    JsonObject Options,
    JsonObject Extra)
{
    // A top-level project's parent is its domain, as Keystone stores domains as projects.
    public static ProjectView From(Project project) => new(
        project.Id, project.Name, project.DomainId, project.ParentId ?? project.DomainId, project.Description,
        project.Enabled, false, [.. project.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)], project.Options, project.Extra);

    public static ProjectView From(IdentityDomain domain) => new(
        domain.Id, domain.Name, null, null, domain.Description, domain.Enabled, true, [], domain.Options, domain.Extra);
}
