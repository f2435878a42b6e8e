using System.Net;
using System.Text;
using System.Text.Json;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>Requests as the bootstrap admin with extra headers that the persona helpers do not send.</summary>
internal static class HardeningHttp
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(
        this IdentityCloud cloud, HttpMethod method, string path, string? json, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.Add("X-Auth-Token", cloud.Admin.Token);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await cloud.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default, response);
    }

    public static string SelfHref(this JsonElement versionDocument) =>
        versionDocument.GetProperty("version").GetProperty("links")[0].GetProperty("href").GetString()!;
}
