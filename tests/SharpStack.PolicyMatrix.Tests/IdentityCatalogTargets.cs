using System.Text.Json.Nodes;
using SharpStack.Testing.Identity;
using SharpStack.Testing.PolicyMatrix;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>Identity's targets of the catalog, policy, limit, endpoint filter, OAuth consumer and domain configuration APIs.</summary>
internal static class IdentityCatalogTargets
{
    public static void AddTo(MatrixTargetCatalog catalog, IdentitySetup identity)
    {
        catalog.Add(new("region", async context =>
        {
            await identity.AdminAsync(HttpMethod.Put, $"v3/regions/{context.Unique}", new JsonObject { ["region"] = new JsonObject() });
            return MatrixTarget.Of(("id", context.Unique), ("regionId", context.Unique));
        }));
        catalog.Add(new("service", async context => Service(await identity.ServiceAsync(context.Unique))));
        catalog.Add(new("endpoint", async context =>
        {
            var service = await identity.ServiceAsync(context.Unique);
            var endpoint = await identity.EndpointAsync(service, context.Unique);
            return MatrixTarget.Of(("id", endpoint), ("endpointId", endpoint), ("serviceId", service));
        }));
        catalog.Add(new("policy", async _ =>
        {
            var id = await identity.CreateAsync("v3/policies", "policy", new JsonObject { ["blob"] = "{}", ["type"] = "application/json" });
            return MatrixTarget.Of(("id", id), ("policyId", id));
        }));
        catalog.Add(new("consumer", async _ =>
        {
            var id = await identity.CreateAsync("v3/OS-OAUTH1/consumers", "consumer", new JsonObject { ["description"] = "matrix" });
            return MatrixTarget.Of(("id", id), ("consumerId", id));
        }));
        catalog.Add(new("registered_limit", context => RegisteredLimitAsync(identity, context.Unique)));
        catalog.Add(new("limit@A", context => LimitAsync(identity, context.Unique, identity.Ids.ProjectAId)));
        catalog.Add(new("limit@B", context => LimitAsync(identity, context.Unique, identity.Ids.ProjectBId)));
        catalog.Add(new("endpoint_group", async context =>
        {
            var group = await EndpointGroupAsync(identity, context.Unique);
            return MatrixTarget.Of(("id", group), ("groupId", group));
        }));
        catalog.Add(new("endpoint_group.project", async context =>
        {
            var group = await EndpointGroupAsync(identity, context.Unique);
            var project = await identity.ProjectAsync(identity.Ids.DomainAId, context.Unique);
            await identity.AdminAsync(HttpMethod.Put, $"v3/OS-EP-FILTER/endpoint_groups/{group}/projects/{project}");
            return MatrixTarget.Of(("id", group), ("groupId", group), ("projectId", project));
        }));
        catalog.Add(new("endpoint_group.none", async context =>
        {
            var group = await EndpointGroupAsync(identity, context.Unique);
            var project = await identity.ProjectAsync(identity.Ids.DomainAId, context.Unique);
            return MatrixTarget.Of(("id", group), ("groupId", group), ("projectId", project));
        }));
        catalog.Add(new("project_endpoint", context => ProjectEndpointAsync(identity, context.Unique, associate: true)));
        catalog.Add(new("project_endpoint.none", context => ProjectEndpointAsync(identity, context.Unique, associate: false)));
        catalog.Add(new("domain_config", async context =>
        {
            var domain = await identity.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = context.Unique });
            await identity.AdminAsync(HttpMethod.Put, $"v3/domains/{domain}/config", Config());
            return MatrixTarget.Of(("id", domain), ("domainId", domain));
        }));
        IdentityEndpointPolicyTargets.AddTo(catalog, identity);
    }

    /// <summary>A domain's identity driver, the one option any domain configuration may carry.</summary>
    public static JsonObject Config() =>
        new() { ["config"] = new JsonObject { ["identity"] = new JsonObject { ["driver"] = "sql" } } };

    private static MatrixTarget Service(string id) => MatrixTarget.Of(("id", id), ("serviceId", id));

    private static async Task<MatrixTarget> RegisteredLimitAsync(IdentitySetup identity, string name)
    {
        var service = await identity.ServiceAsync(name);
        var created = await identity.AdminAsync(HttpMethod.Post, "v3/registered_limits", new JsonObject
        {
            ["registered_limits"] = new JsonArray(new JsonObject
            {
                ["service_id"] = service,
                ["region_id"] = IdentityServer.RegionName,
                ["resource_name"] = name,
                ["default_limit"] = 5,
            }),
        });
        var id = created!["registered_limits"]!.AsArray()[0]!["id"]!.GetValue<string>();
        return MatrixTarget.Of(("id", id), ("registeredLimitId", id), ("serviceId", service), ("resourceName", name));
    }

    private static async Task<MatrixTarget> LimitAsync(IdentitySetup identity, string name, string projectId)
    {
        var registered = await RegisteredLimitAsync(identity, name);
        var created = await identity.AdminAsync(HttpMethod.Post, "v3/limits", new JsonObject
        {
            ["limits"] = new JsonArray(new JsonObject
            {
                ["service_id"] = registered.Values["serviceId"],
                ["region_id"] = IdentityServer.RegionName,
                ["project_id"] = projectId,
                ["resource_name"] = name,
                ["resource_limit"] = 7,
            }),
        });
        var id = created!["limits"]!.AsArray()[0]!["id"]!.GetValue<string>();
        return MatrixTarget.Of(("id", id), ("limitId", id), ("projectId", projectId));
    }

    private static Task<string> EndpointGroupAsync(IdentitySetup identity, string name) =>
        identity.CreateAsync("v3/OS-EP-FILTER/endpoint_groups", "endpoint_group", new JsonObject
        {
            ["name"] = name,
            ["filters"] = new JsonObject { ["interface"] = "public" },
        });

    private static async Task<MatrixTarget> ProjectEndpointAsync(IdentitySetup identity, string name, bool associate)
    {
        var service = await identity.ServiceAsync(name);
        var endpoint = await identity.EndpointAsync(service, name);
        var project = await identity.ProjectAsync(identity.Ids.DomainAId, name);
        if (associate)
        {
            await identity.AdminAsync(HttpMethod.Put, $"v3/OS-EP-FILTER/projects/{project}/endpoints/{endpoint}");
        }

        return MatrixTarget.Of(("id", endpoint), ("endpointId", endpoint), ("projectId", project));
    }
}
