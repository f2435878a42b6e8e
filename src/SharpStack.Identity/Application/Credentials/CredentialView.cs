using System.Text.Json.Nodes;
using SharpStack.Identity.Application.Limits;

namespace SharpStack.Identity.Application.Credentials;

/// <summary>A credential with its blob decrypted, as the API shows it.</summary>
internal sealed record CredentialView(string Id, string UserId, string? ProjectId, string Type, string Blob, JsonObject Extra)
{
    public JsonObject ToJson(Uri baseUri)
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["user_id"] = UserId,
            ["project_id"] = ProjectId,
            ["type"] = Type,
            ["blob"] = Blob,
        };
        foreach (var (key, value) in Extra)
        {
            json.TryAdd(key, value?.DeepClone());
        }

        json["links"] = ResourceLinks.Member(baseUri, "credentials", Id);
        return json;
    }

    /// <summary>The policy target Keystone builds: <c>target.credential.*</c>.</summary>
    public Dictionary<string, object?> PolicyTarget() => Target(UserId, ProjectId);

    public static Dictionary<string, object?> Target(string? userId, string? projectId = null) => new(StringComparer.Ordinal)
    {
        ["target.credential.user_id"] = userId,
        ["target.credential.project_id"] = projectId,
    };
}
