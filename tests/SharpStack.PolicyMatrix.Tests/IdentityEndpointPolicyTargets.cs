using System.Text.Json.Nodes;
using SharpStack.Testing.PolicyMatrix;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>Identity's targets of the OS-ENDPOINT-POLICY API: a policy with an endpoint, a service or a service in a region.</summary>
internal static class IdentityEndpointPolicyTargets
{
    public static void AddTo(MatrixTargetCatalog catalog, IdentitySetup identity)
    {
        catalog.Add(new("policy_endpoint", context => EndpointAsync(identity, context.Unique, associate: true)));
        catalog.Add(new("policy_endpoint.none", context => EndpointAsync(identity, context.Unique, associate: false)));
        catalog.Add(new("policy_service", context => ServiceAsync(identity, context.Unique, region: false, associate: true)));
        catalog.Add(new("policy_service.none", context => ServiceAsync(identity, context.Unique, region: false, associate: false)));
        catalog.Add(new("policy_region", context => ServiceAsync(identity, context.Unique, region: true, associate: true)));
        catalog.Add(new("policy_region.none", context => ServiceAsync(identity, context.Unique, region: true, associate: false)));
    }

    private static Task<string> PolicyAsync(IdentitySetup identity) =>
        identity.CreateAsync("v3/policies", "policy", new JsonObject { ["blob"] = "{}", ["type"] = "application/json" });

    private static async Task<MatrixTarget> EndpointAsync(IdentitySetup identity, string name, bool associate)
    {
        var policy = await PolicyAsync(identity);
        var endpoint = await identity.EndpointAsync(await identity.ServiceAsync(name), name);
        if (associate)
        {
            await identity.AdminAsync(HttpMethod.Put, $"v3/policies/{policy}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");
        }

        return MatrixTarget.Of(("id", endpoint), ("policyId", policy), ("endpointId", endpoint));
    }

    private static async Task<MatrixTarget> ServiceAsync(IdentitySetup identity, string name, bool region, bool associate)
    {
        var policy = await PolicyAsync(identity);
        var service = await identity.ServiceAsync(name);
        var path = $"v3/policies/{policy}/OS-ENDPOINT-POLICY/services/{service}";
        if (region)
        {
            await identity.AdminAsync(HttpMethod.Put, $"v3/regions/{name}", new JsonObject { ["region"] = new JsonObject() });
            path += $"/regions/{name}";
        }

        if (associate)
        {
            await identity.AdminAsync(HttpMethod.Put, path);
        }

        return MatrixTarget.Of(("id", service), ("policyId", policy), ("serviceId", service), ("regionId", name));
    }
}
