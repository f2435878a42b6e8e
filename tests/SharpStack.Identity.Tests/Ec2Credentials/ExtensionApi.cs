using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Ec2Credentials;

/// <summary>JSON calls with real tokens, and the project member persona, for the extension tests.</summary>
internal static class ExtensionApi
{
    public static async Task<(int Status, JsonNode? Body)> CallAsync(this IdentityCloud server, HttpMethod method, string path, string? token, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (token is not null)
        {
            request.WithToken(token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static string Message(this JsonNode? body) => body!["error"]!["message"]!.GetValue<string>();

    /// <summary>A persona's user, its project and its token (the member of project A unless told).</summary>
    public static async Task<(string UserId, string ProjectId, string Token)> MemberAsync(this IdentityCloud server, Persona persona = Persona.ProjectMember)
    {
        var account = server.Account(persona);
        return (account.UserId, account.ProjectId!, await server.TokenAsync(persona));
    }
}
