using System.Collections.Concurrent;
using System.Text.Json;
using SharpStack.Hosting.Auth;

namespace SharpStack.Image.Tests.Quotas;

/// <summary>Answers Identity reads from canned JSON by exact path and query, and records what was asked.</summary>
internal sealed class FakeIdentityServiceClient : IIdentityServiceClient
{
    private readonly ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Requests { get; } = new();

    public void Answer(string relativePath, string json) => _answers[relativePath] = json;

    public Task<JsonDocument> GetAsync(string relativePath, CancellationToken cancellationToken)
    {
        Requests.Enqueue(relativePath);
        return _answers.TryGetValue(relativePath, out var json)
            ? Task.FromResult(JsonDocument.Parse(json))
            : throw new IdentityUnavailableException($"Identity answered 404 to GET /{relativePath}.");
    }
}
