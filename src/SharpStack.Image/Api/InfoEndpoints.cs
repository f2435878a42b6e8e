using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Application.Stores;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/info/import</c> and <c>/v2/info/stores</c> (glance/api/v2/discovery.py).</summary>
internal static class InfoEndpoints
{
    public static IEndpointRouteBuilder MapInfoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v2/info/import", (IOptions<ImportOptions> import) => Results.Json(new JsonObject
        {
            ["import-methods"] = new JsonObject
            {
                ["description"] = "Import methods available.",
                ["type"] = "array",
                ["value"] = new JsonArray([.. import.Value.Methods.Select(method => JsonValue.Create(method))]),
            },
        }));

        endpoints.MapGet("/v2/info/stores", (ImageStoreCatalog stores) =>
            Results.Json(new JsonObject { ["stores"] = new JsonArray([.. stores.All.Select(store => (JsonNode)Summary(store, stores))]) }));

        endpoints.MapGet("/v2/info/stores/detail", (ImageStoreCatalog stores, ImagePolicy policy) =>
        {
            policy.Enforce(ImagePolicyRules.StoresInfoDetail);
            return Results.Json(new JsonObject
            {
                ["stores"] = new JsonArray([.. stores.All.Select(store =>
                {
                    var view = Summary(store, stores);
                    view["type"] = store.Kind;
                    view["properties"] = store.DetailProperties();
                    view["weight"] = store.Weight;
                    return (JsonNode)view;
                })]),
            });
        });

        return endpoints;
    }

    // Glance writes "default" as the string "true" (api-ref stores-list-response.json), and omits an empty description.
    private static JsonObject Summary(IImageStore store, ImageStoreCatalog stores)
    {
        var view = new JsonObject { ["id"] = store.Id };
        if (!string.IsNullOrEmpty(store.Description))
        {
            view["description"] = store.Description;
        }

        if (ReferenceEquals(store, stores.Default))
        {
            view["default"] = "true";
        }

        return view;
    }
}
