using System.Text.Json.Nodes;
using SharpStack.Testing.Identity;

namespace SharpStack.Robustness.Tests;

/// <summary>Identity's resources of one owner, one of each kind a route names, made by the admin or by the owner's user.</summary>
public static class IdentityTargets
{
    public static async Task AddAsync(TargetContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var owner = context.Owner;
        var suffix = owner.Name;
        foreach (var (key, value) in new[]
        {
            ("{domainId}", owner.DomainId), ("domains/{targetId}", owner.DomainId), ("{projectId}", owner.ProjectId),
            ("projects/{targetId}", owner.ProjectId), ("{userId}", owner.UserId), ("users/{actorId}", owner.UserId),
            ("{otherProjectId}", owner.OtherProjectId), ("{tag}", "robust-tag"), ("{group}", "identity"), ("{option}", "driver"),
            ("{regionId}", IdentityServer.RegionName),
        })
        {
            context.Set(key, value);
        }

        await context.StepAsync("a domain configuration", () => context.SendAsync(context.AdminToken, HttpMethod.Put, $"v3/domains/{owner.DomainId}/config",
            new JsonObject { ["config"] = new JsonObject { ["identity"] = new JsonObject { ["driver"] = "ldap" } } }));
        await context.StepAsync("a project tag", () => context.SendAsync(context.AdminToken, HttpMethod.Put, $"v3/projects/{owner.ProjectId}/tags/robust-tag"));
        await context.StepAsync("a group", async () =>
        {
            var group = await context.CreateAsync("v3/groups", "group", new JsonObject { ["name"] = $"robust-group-{suffix}", ["domain_id"] = owner.DomainId });
            context.Set("{groupId}", group);
            context.Set("groups/{actorId}", group);
            await context.SendAsync(context.AdminToken, HttpMethod.Put, $"v3/groups/{group}/users/{owner.UserId}");
        });
        await context.StepAsync("roles", async () =>
        {
            var prior = await context.CreateAsync("v3/roles", "role", new JsonObject { ["name"] = $"robust-prior-{suffix}" });
            var implied = await context.CreateAsync("v3/roles", "role", new JsonObject { ["name"] = $"robust-implied-{suffix}" });
            context.Set("{roleId}", prior);
            context.Set("{priorId}", prior);
            context.Set("{impliedId}", implied);
            await context.SendAsync(context.AdminToken, HttpMethod.Put, $"v3/roles/{prior}/implies/{implied}");
        });
        await context.StepAsync("a region", async () =>
            context.Set("{regionId}", await context.CreateAsync("v3/regions", "region", new JsonObject { ["id"] = $"robust-region-{suffix}" })));
        await context.StepAsync("a service and an endpoint", async () =>
        {
            var service = await context.CreateAsync("v3/services", "service", new JsonObject { ["type"] = $"robust-{suffix}", ["name"] = $"robust-{suffix}" });
            context.Set("{serviceId}", service);
            context.Set("{endpointId}", await context.CreateAsync("v3/endpoints", "endpoint", new JsonObject
            {
                ["service_id"] = service,
                ["interface"] = "public",
                ["url"] = $"http://127.0.0.1:9/robust-{suffix}",
                ["region_id"] = context.Get("{regionId}"),
            }));
        });
        await context.StepAsync("limits", () => LimitsAsync(context));
        await context.StepAsync("a policy", async () =>
            context.Set("{policyId}", await context.CreateAsync("v3/policies", "policy", new JsonObject { ["blob"] = "{}", ["type"] = "application/json" })));
        await context.StepAsync("a credential", async () => context.Set("{credentialId}", await context.CreateAsync("v3/credentials", "credential", new JsonObject
        {
            ["type"] = "robust",
            ["user_id"] = owner.UserId,
            ["project_id"] = owner.ProjectId,
            ["blob"] = $"robust-{suffix}",
        })));
        await context.StepAsync("an EC2 credential", async () =>
        {
            var created = await context.SendAsync(owner.UserToken, HttpMethod.Post, $"v3/users/{owner.UserId}/credentials/OS-EC2", new JsonObject { ["tenant_id"] = owner.ProjectId });
            context.Set("OS-EC2/{credentialId}", created!["credential"]!["access"]!.GetValue<string>());
        });
        await context.StepAsync("an application credential", () => ApplicationCredentialAsync(context));
        await context.StepAsync("a trust", async () => context.Set("{trustId}", await context.CreateAsync("v3/OS-TRUST/trusts", "trust", new JsonObject
        {
            ["trustor_user_id"] = owner.UserId,
            ["trustee_user_id"] = owner.UserId,
            ["project_id"] = owner.ProjectId,
            ["impersonation"] = false,
            ["roles"] = new JsonArray(new JsonObject { ["name"] = "member" }),
        }, owner.UserToken)));
        await context.StepAsync("an endpoint group", async () => context.Set("endpoint_groups/{groupId}", await context.CreateAsync(
            "v3/OS-EP-FILTER/endpoint_groups", "endpoint_group", new JsonObject { ["name"] = $"robust-{suffix}", ["filters"] = new JsonObject { ["interface"] = "public" } })));
        await context.StepAsync("an OAuth consumer", async () =>
            context.Set("{consumerId}", await context.CreateAsync("v3/OS-OAUTH1/consumers", "consumer", new JsonObject { ["description"] = $"robust-{suffix}" })));
    }

    private static async Task LimitsAsync(TargetContext context)
    {
        var owner = context.Owner;
        var registered = await context.SendAsync(context.AdminToken, HttpMethod.Post, "v3/registered_limits", new JsonObject
        {
            ["registered_limits"] = new JsonArray(new JsonObject
            {
                ["service_id"] = context.Get("{serviceId}"),
                ["resource_name"] = $"robust-{owner.Name}",
                ["default_limit"] = 10,
                ["region_id"] = context.Get("{regionId}"),
            }),
        });
        context.Set("{registeredLimitId}", registered!["registered_limits"]![0]!["id"]!.GetValue<string>());
        var limits = await context.SendAsync(context.AdminToken, HttpMethod.Post, "v3/limits", new JsonObject
        {
            ["limits"] = new JsonArray(new JsonObject
            {
                ["service_id"] = context.Get("{serviceId}"),
                ["project_id"] = owner.ProjectId,
                ["resource_name"] = $"robust-{owner.Name}",
                ["resource_limit"] = 5,
                ["region_id"] = context.Get("{regionId}"),
            }),
        });
        context.Set("{limitId}", limits!["limits"]![0]!["id"]!.GetValue<string>());
    }

    private static async Task ApplicationCredentialAsync(TargetContext context)
    {
        var owner = context.Owner;
        var created = await context.SendAsync(owner.UserToken, HttpMethod.Post, $"v3/users/{owner.UserId}/application_credentials", new JsonObject
        {
            ["application_credential"] = new JsonObject
            {
                ["name"] = $"robust-{owner.Name}",
                ["access_rules"] = new JsonArray(new JsonObject { ["service"] = "identity", ["method"] = "GET", ["path"] = "/v3/robust" }),
            },
        });
        var credential = created!["application_credential"]!;
        context.Set("application_credentials/{credentialId}", credential["id"]!.GetValue<string>());
        context.Set("{accessRuleId}", credential["access_rules"]![0]!["id"]!.GetValue<string>());
    }
}
