using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Common.Json;
using SharpStack.Identity.Application.Limits;

namespace SharpStack.Identity.Application.Credentials;

/// <summary>The <c>credential</c> object of a create or update, which the route's schema (keystone/credential/schema.py) has checked.</summary>
internal sealed record CredentialRequest(JsonObject Body)
{
    private static readonly string[] Attributes = ["id", "user_id", "project_id", "type", "blob", "links"];

    public string? UserId => Body["user_id"]?.GetValue<string>();

    public string? ProjectId => Body["project_id"]?.GetValue<string>();

    public string? Type => Body["type"]?.GetValue<string>();

    public string? Blob => Body["blob"]?.GetValue<string>();

    public bool HasProjectId => Body.ContainsKey("project_id");

    public bool IsEc2 => string.Equals(Type, "ec2", StringComparison.OrdinalIgnoreCase);

    /// <summary>Members that are not credential attributes; Keystone keeps them in <c>extra</c> and shows them.</summary>
    public JsonObject Extra => new(Body.Where(p => !Attributes.Contains(p.Key, StringComparer.Ordinal))
        .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

    public static CredentialRequest From(JsonObject root) => new((JsonObject)root["credential"]!);

    /// <summary>An EC2 blob is a JSON object with an <c>access</c> key; the 400s are Keystone's.</summary>
    public static JsonObject ParseEc2Blob(string? blob)
    {
        JsonNode? parsed;
        try
        {
            var json = JsonBodyReader.ReadElement(Encoding.UTF8.GetBytes(blob ?? ""));
            parsed = json.ValueKind == JsonValueKind.Object ? JsonObject.Create(json) : null;
        }
        catch (BadRequestException exception)
        {
            throw new BadRequestException("Invalid blob in credential", exception);
        }

        if (parsed is not JsonObject { Count: > 0 } value)
        {
            throw KeystoneValidation.Missing("blob", "credential");
        }

        return value["access"] is null ? throw KeystoneValidation.Missing("access", "credential") : value;
    }
}
