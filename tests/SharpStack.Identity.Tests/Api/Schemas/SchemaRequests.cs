using System.Net;
using System.Text.Json;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>Bodies sent as the system admin, and the 400s Keystone's body schemas answer.</summary>
internal static class SchemaRequests
{
    public static Task<PersonaResponse> AdminAsync(this IdentityCloud cloud, HttpMethod method, string path, string json) =>
        cloud.SendAsync(method, path, Persona.SystemAdmin, json);

    public static async Task<string> CreateAsync(this IdentityCloud cloud, string path, string member, string json)
    {
        var response = await cloud.AdminAsync(HttpMethod.Post, path, json);
        Assert.Equal(HttpStatusCode.Created, response.Status);
        return response.Body.Id(member);
    }

    public static async Task<JsonElement> ShowAsync(this IdentityCloud cloud, string path, string member)
    {
        var response = await cloud.SendAsync(HttpMethod.Get, path, Persona.SystemAdmin);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Body.GetProperty(member);
    }

    public static async Task<int> CountAsync(this IdentityCloud cloud, string path, string collection)
    {
        var response = await cloud.SendAsync(HttpMethod.Get, path, Persona.SystemAdmin);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Body.GetProperty(collection).GetArrayLength();
    }

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static void AssertRefused(this PersonaResponse response, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(message, response.Body.ErrorMessage());
    }

    /// <summary>keystone.api.validation names the failing member first; jsonschema's wording of minimums follows.</summary>
    public static void AssertRefusedNaming(this PersonaResponse response, string field, string value)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith($"Invalid input for field/attribute {field}. Value: {value}. ", response.Body.ErrorMessage(), StringComparison.Ordinal);
    }
}
