using System.Text.Json.Nodes;

namespace SharpStack.Robustness.Tests;

/// <summary>Image's resources of one owner: an active shared image with a tag and a member, and a metadef namespace.</summary>
public static class ImageTargets
{
    public static async Task AddAsync(TargetContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var owner = context.Owner;
        foreach (var (key, value) in new[]
        {
            ("{otherProjectId}", owner.OtherProjectId), ("{memberId}", owner.OtherProjectId), ("{tag}", "robust-tag"),
            ("objects/{name}", "obj"), ("{objectName}", "obj"), ("properties/{name}", "prop"), ("{propertyName}", "prop"),
            ("tags/{name}", "tag"), ("resource_types/{name}", "OS::Glance::Image"), ("{storeId}", "robust-store"),
        })
        {
            context.Set(key, value);
        }

        await context.StepAsync("a shared image with data, a tag and a member", async () =>
        {
            var image = await ImageAsync(context, $"robust-{owner.Name}", "shared");
            context.Set("{imageId}", image);
            await context.SendAsync(owner.UserToken, HttpMethod.Put, $"v2/images/{image}/file", raw: "robust image data", contentType: "application/octet-stream");
            await context.SendAsync(owner.UserToken, HttpMethod.Put, $"v2/images/{image}/tags/robust-tag");
            await context.SendAsync(owner.UserToken, HttpMethod.Post, $"v2/images/{image}/members", new JsonObject { ["member"] = owner.OtherProjectId });
        });
        await context.StepAsync("a namespace", async () =>
        {
            var name = $"robust-ns-{owner.Name}";
            await context.SendAsync(context.AdminToken, HttpMethod.Post, "v2/metadefs/namespaces", new JsonObject
            {
                ["namespace"] = name,
                ["visibility"] = "private",
                ["owner"] = owner.ProjectId,
                ["resource_type_associations"] = new JsonArray(new JsonObject { ["name"] = "OS::Glance::Image" }),
                ["objects"] = new JsonArray(new JsonObject { ["name"] = "obj", ["properties"] = new JsonObject() }),
                ["properties"] = new JsonObject { ["prop"] = new JsonObject { ["title"] = "prop", ["type"] = "string" } },
                ["tags"] = new JsonArray(new JsonObject { ["name"] = "tag" }),
            });
            context.Set("{ns}", name);
        });
    }

    private static async Task<string> ImageAsync(TargetContext context, string name, string visibility)
    {
        var created = await context.SendAsync(context.Owner.UserToken, HttpMethod.Post, "v2/images", new JsonObject
        {
            ["name"] = name,
            ["disk_format"] = "raw",
            ["container_format"] = "bare",
            ["visibility"] = visibility,
        });
        return created!["id"]!.GetValue<string>();
    }
}
