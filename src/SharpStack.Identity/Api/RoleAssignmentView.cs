using System.Text.Json.Nodes;
using SharpStack.Identity.Application.Assignments;

namespace SharpStack.Identity.Api;

/// <summary>One role assignment as keystone/api/role_assignments.py's _format_entity writes it, links included.</summary>
internal static class RoleAssignmentView
{
    public static JsonObject Format(AssignmentRef entity, string v3, AssignmentNames? names)
    {
        var links = new JsonObject();
        var json = new JsonObject();
        var link = "";
        var inherited = entity.InheritedToProjects;
        JsonObject scope;
        if (entity.ProjectId is { } projectId)
        {
            scope = new JsonObject { ["project"] = names?.Project(projectId) ?? new JsonObject { ["id"] = projectId } };
            if (entity.IndirectDomainId is not null)
            {
                inherited = true;
                link = $"/domains/{entity.IndirectDomainId}";
            }
            else if (entity.IndirectProjectId is not null)
            {
                inherited = true;
                link = $"/projects/{entity.IndirectProjectId}";
            }
            else
            {
                link = $"/projects/{projectId}";
            }
        }
        else if (entity.DomainId is { } domainId)
        {
            scope = new JsonObject { ["domain"] = names?.Domain(domainId) ?? new JsonObject { ["id"] = domainId } };
            link = $"/domains/{domainId}";
        }
        else
        {
            scope = new JsonObject { ["system"] = new JsonObject { ["all"] = true } };
            link = "/system";
        }

        json["scope"] = scope;
        if (entity.UserId is { } userId)
        {
            json["user"] = names?.User(userId) ?? new JsonObject { ["id"] = userId };
            if (entity.IndirectGroupId is { } viaGroup)
            {
                links["membership"] = $"{v3}/groups/{viaGroup}/users/{userId}";
                link += $"/groups/{viaGroup}";
            }
            else
            {
                link += $"/users/{userId}";
            }
        }
        else if (entity.GroupId is { } groupId)
        {
            json["group"] = names?.Group(groupId) ?? new JsonObject { ["id"] = groupId };
            link += $"/groups/{groupId}";
        }

        json["role"] = names?.Role(entity.RoleId) ?? new JsonObject { ["id"] = entity.RoleId };
        string? priorRoleLink = null;
        if (entity.IndirectRoleId is { } priorId)
        {
            link += $"/roles/{priorId}";

            // Keystone writes the implied role first and the prior one second in this link; clients only follow it.
            priorRoleLink = $"{v3}/prior_role/{entity.RoleId}/implies/{priorId}";
        }
        else
        {
            link += $"/roles/{entity.RoleId}";
        }

        if (inherited)
        {
            scope["OS-INHERIT:inherited_to"] = "projects";
            link = $"/OS-INHERIT{link}/inherited_to_projects";
        }

        links["assignment"] = v3 + link;
        if (priorRoleLink is not null)
        {
            links["prior_role"] = priorRoleLink;
        }

        json["links"] = links;
        return json;
    }
}
