using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Identity.Application.Credentials;

namespace SharpStack.Identity.Application.Ec2Credentials;

/// <summary>An EC2 credential as OS-EC2 shows it: the key pair from the blob of an <c>ec2</c> credential.</summary>
internal sealed record Ec2Credential(string UserId, string? TenantId, string? Access, string? Secret, string? TrustId)
{
    public static Ec2Credential From(CredentialView credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        JsonObject blob;
        try
        {
            blob = JsonNode.Parse(credential.Blob) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            blob = [];
        }

        return new(credential.UserId, credential.ProjectId, Text(blob["access"]), Text(blob["secret"]), Text(blob["trust_id"]));
    }

    public JsonObject ToJson(Uri baseUri) => new()
    {
        ["user_id"] = UserId,
        ["tenant_id"] = TenantId,
        ["access"] = Access,
        ["secret"] = Secret,
        ["trust_id"] = TrustId,
        ["links"] = new JsonObject { ["self"] = new Uri(baseUri, $"v3/users/{UserId}/credentials/OS-EC2/{Access}").ToString() },
    };

    private static string? Text(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => node.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
