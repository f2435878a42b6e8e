using System.Text.Json.Nodes;
using SharpStack.Testing.PolicyMatrix;
using SharpStack.Testing.Personas;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>
/// The Image service's targets. <c>@A</c> and <c>@B</c> name the owning project; an image is private unless named
/// otherwise. Values: <c>imageId</c> (also <c>id</c>) and <c>name</c>; <c>memberId</c> of a shared image (the other
/// project, which accepted it); <c>ns</c> and <c>visibility</c> of a namespace; <c>taskId</c> of a task.
/// </summary>
internal static class ImageTargets
{
    private const string OctetStream = "application/octet-stream";

    public static void AddTo(MatrixTargetCatalog catalog, ServiceSetup image)
    {
        foreach (var (suffix, owner) in new[] { ("A", Persona.ProjectMember), ("B", Persona.ProjectBMember) })
        {
            catalog.Add(new($"image@{suffix}", context => ImageAsync(image, context.Unique, owner, "private")));
            catalog.Add(new($"image.active@{suffix}", async context => await UploadAsync(image, owner, await ImageAsync(image, context.Unique, owner, "private"))));
            catalog.Add(new($"image.public@{suffix}", async context => await UploadAsync(image, owner, await ImageAsync(image, context.Unique, Persona.ServiceUser, "public", owner))));
            catalog.Add(new($"image.shared@{suffix}", context => SharedAsync(image, context.Unique, owner)));
            catalog.Add(new($"namespace@{suffix}", context => NamespaceAsync(image, context.Unique, "private", owner)));
        }

        const Persona memberA = Persona.ProjectMember;
        catalog.Add(new("image.deactivated@A", async context =>
            await DeactivateAsync(image, await UploadAsync(image, memberA, await ImageAsync(image, context.Unique, memberA, "private")))));
        catalog.Add(new("image.staged@A", async context => await StageAsync(image, await ImageAsync(image, context.Unique, memberA, "private"))));
        catalog.Add(new("image.tagged@A", async context => await TagAsync(image, await ImageAsync(image, context.Unique, memberA, "private"))));
        catalog.Add(new("image.twostores@A", context => TwoStoresAsync(image, context.Unique)));
        catalog.Add(new("task@A", context => TaskAsync(image, context.Unique)));
        catalog.Add(new("namespace.public", context => NamespaceAsync(image, context.Unique, "public", Persona.ServiceUser)));
    }

    private static async Task<MatrixTarget> ImageAsync(ServiceSetup image, string name, Persona creator, string visibility, Persona? owner = null)
    {
        var body = new JsonObject { ["name"] = name, ["disk_format"] = "raw", ["container_format"] = "bare", ["visibility"] = visibility };
        if (owner is { } project)
        {
            body["owner"] = image.Personas.Account(project).ProjectId;
        }

        var created = await image.SendAsync(creator, HttpMethod.Post, "v2/images", body);
        return Image(created!["id"]!.GetValue<string>(), ("name", name));
    }

    private static async Task<MatrixTarget> UploadAsync(ServiceSetup image, Persona owner, MatrixTarget target)
    {
        await image.SendAsync(owner, HttpMethod.Put, $"v2/images/{target.Id}/file", "matrix image data", OctetStream);
        return target;
    }

    private static async Task<MatrixTarget> SharedAsync(ServiceSetup image, string name, Persona owner)
    {
        var target = await UploadAsync(image, owner, await ImageAsync(image, name, owner, "shared"));
        var other = owner == Persona.ProjectMember ? Persona.ProjectBMember : Persona.ProjectMember;
        var member = image.Personas.Account(other).ProjectId!;
        await image.SendAsync(owner, HttpMethod.Post, $"v2/images/{target.Id}/members", new JsonObject { ["member"] = member });
        await image.SendAsync(other, HttpMethod.Put, $"v2/images/{target.Id}/members/{member}", new JsonObject { ["status"] = "accepted" });
        return Image(target.Id!, ("name", name), ("memberId", member));
    }

    private static async Task<MatrixTarget> DeactivateAsync(ServiceSetup image, MatrixTarget target)
    {
        await image.SendAsync(Persona.ProjectMember, HttpMethod.Post, $"v2/images/{target.Id}/actions/deactivate");
        return target;
    }

    private static async Task<MatrixTarget> TagAsync(ServiceSetup image, MatrixTarget target)
    {
        await image.SendAsync(Persona.ProjectMember, HttpMethod.Put, $"v2/images/{target.Id}/tags/matrix");
        return target;
    }

    private static async Task<MatrixTarget> StageAsync(ServiceSetup image, MatrixTarget target)
    {
        await image.SendAsync(Persona.ProjectMember, HttpMethod.Put, $"v2/images/{target.Id}/stage", "matrix staged data", OctetStream);
        return target;
    }

    /// <summary>An active image in both stores, once its import task has let go of it (it changes the image until then).</summary>
    private static async Task<MatrixTarget> TwoStoresAsync(ServiceSetup image, string name)
    {
        var target = await StageAsync(image, await ImageAsync(image, name, Persona.ProjectMember, "private"));
        await image.SendAsync(Persona.ProjectMember, HttpMethod.Post, $"v2/images/{target.Id}/import",
            new JsonObject { ["method"] = new JsonObject { ["name"] = "glance-direct" }, ["stores"] = new JsonArray("fast", "cheap") });
        await image.AwaitAsync(Persona.ProjectMember, $"v2/images/{target.Id}", answer =>
            answer["stores"]?.GetValue<string>() == "cheap,fast" && answer["os_glance_import_task"] is null);
        return target;
    }

    private static async Task<MatrixTarget> TaskAsync(ServiceSetup image, string name)
    {
        var target = await StageAsync(image, await ImageAsync(image, name, Persona.ProjectMember, "private"));
        await image.SendAsync(Persona.ProjectMember, HttpMethod.Post, $"v2/images/{target.Id}/import",
            new JsonObject { ["method"] = new JsonObject { ["name"] = "glance-direct" } });
        var tasks = await image.AwaitAsync(Persona.ProjectMember, $"v2/images/{target.Id}/tasks", answer => answer["tasks"]!.AsArray().Count > 0);
        var taskId = tasks["tasks"]!.AsArray()[0]!["id"]!.GetValue<string>();
        return new MatrixTarget(new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = taskId, ["taskId"] = taskId, ["imageId"] = target.Id! });
    }

    /// <summary>
    /// A namespace the admin makes for <paramref name="owner"/>'s project, with object <c>obj</c>, property <c>prop</c>,
    /// tag <c>tag</c> and the resource type <c>OS::Glance::Image</c>.
    /// </summary>
    private static async Task<MatrixTarget> NamespaceAsync(ServiceSetup image, string name, string visibility, Persona owner)
    {
        await image.SendAsync(Persona.ServiceUser, HttpMethod.Post, "v2/metadefs/namespaces", new JsonObject
        {
            ["namespace"] = name,
            ["visibility"] = visibility,
            ["owner"] = image.Personas.Account(owner).ProjectId,
            ["resource_type_associations"] = new JsonArray(new JsonObject { ["name"] = "OS::Glance::Image" }),
            ["objects"] = new JsonArray(new JsonObject { ["name"] = "obj", ["properties"] = new JsonObject() }),
            ["properties"] = new JsonObject { ["prop"] = new JsonObject { ["title"] = "prop", ["type"] = "string" } },
            ["tags"] = new JsonArray(new JsonObject { ["name"] = "tag" }),
        });
        return new MatrixTarget(new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = name, ["ns"] = name, ["visibility"] = visibility });
    }

    private static MatrixTarget Image(string id, params (string Name, string Value)[] more)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = id, ["imageId"] = id };
        foreach (var (name, value) in more)
        {
            values[name] = value;
        }

        return new MatrixTarget(values);
    }
}
