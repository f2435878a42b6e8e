using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// Makes one owner's resources in one service through its REST API and collects the ids as route values. A step that
/// fails is noted and skipped (its parameters then take the unknown id), so that a service whose validation changes
/// does not stop the run.
/// </summary>
public sealed class TargetContext(TargetOwner owner, string adminToken, HttpClient client)
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    public TargetOwner Owner => owner;

    public string AdminToken => adminToken;

    public IReadOnlyList<string> Notes => _notes;

    public RouteTargets Targets() => new(new Dictionary<string, string>(_values, StringComparer.Ordinal));

    public void Set(string key, string value) => _values[key] = value;

    public string? Get(string key) => _values.GetValueOrDefault(key);

    /// <summary>Runs a set-up step; when it fails, notes why and goes on.</summary>
    public async Task StepAsync(string what, Func<Task> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            await step();
        }
        catch (InvalidOperationException error)
        {
            _notes.Add($"{owner.Name}: could not make {what}: {error.Message}");
        }
    }

    /// <summary>Sends as <paramref name="token"/>; the JSON answer (null when it has none); any failure throws.</summary>
    public async Task<JsonNode?> SendAsync(string token, HttpMethod method, string path, JsonNode? body = null, string? raw = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.Add("X-Auth-Token", token);
        request.Headers.Add("Accept", "application/json");
        var content = body?.ToJsonString() ?? raw;
        if (content is not null)
        {
            request.Content = new StringContent(content, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} to {method} {path}: {text[..Math.Min(text.Length, 300)]}");
        }

        return text.Length == 0 || text[0] is not ('{' or '[') ? null : JsonNode.Parse(text);
    }

    /// <summary>Creates <c>{member: body}</c> at <paramref name="path"/> as the admin; the new id.</summary>
    public async Task<string> CreateAsync(string path, string member, JsonObject body, string? token = null)
    {
        var created = await SendAsync(token ?? adminToken, HttpMethod.Post, path, new JsonObject { [member] = body });
        return created![member]!["id"]!.GetValue<string>();
    }
}
