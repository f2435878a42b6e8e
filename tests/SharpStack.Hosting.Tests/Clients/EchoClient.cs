using System.Text.Json;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Tests.Clients;

/// <summary>A typed client of the stub target, as a service's own client would be written.</summary>
internal sealed class EchoClient(ServiceConnection connection) : ServiceClient(connection)
{
    public Task<EchoReply> GetAsync(string path, ServiceCallOptions? options = null) =>
        GetJsonAsync<EchoReply>(path, options, CancellationToken.None);

    public Task<JsonDocument> GetDocumentAsync(string path, ServiceCallOptions? options = null) =>
        GetJsonDocumentAsync(path, options, CancellationToken.None);

    public Task<EchoReply> SendAsync(HttpMethod method, string path, ServiceCallOptions? options = null) =>
        SendJsonAsync<object, EchoReply>(method, path, new { name = "x" }, options, CancellationToken.None);

    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, ServiceCallOptions? options = null) =>
        SendAsync(method, path, null, options, CancellationToken.None);

    public Task RemoveAsync(string path) => DeleteAsync(path, null, CancellationToken.None);
}
