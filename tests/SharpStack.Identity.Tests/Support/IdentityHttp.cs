using System.Text.Json;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Support;

/// <summary>Requests as a persona of an <see cref="IdentityCloud"/>, and the parts of Keystone's JSON answers tests read.</summary>
internal static class IdentityHttp
{
    public static Task<PersonaResponse> SendAsync(this IdentityCloud cloud, HttpMethod method, string path, Persona? persona, string? json = null) =>
        cloud.Client.SendAsync(cloud.Personas, persona, method, path, json);

    public static string ErrorMessage(this JsonElement body) => body.GetProperty("error").GetProperty("message").GetString()!;

    public static string Id(this JsonElement body, string member) => body.GetProperty(member).GetProperty("id").GetString()!;

    public static IReadOnlyList<string> Names(this JsonElement body, string collection) =>
        [.. body.GetProperty(collection).EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];
}
