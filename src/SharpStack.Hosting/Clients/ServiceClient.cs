using System.Net.Http.Headers;
using System.Text.Json;
using SharpStack.Common.Json;

namespace SharpStack.Hosting.Clients;

/// <summary>
/// The base of every typed client one SharpStack service uses to call another over its public REST API: endpoint from the
/// catalog, service and user tokens, global request id, microversion, timeout and retries come from the <see cref="ServiceConnection"/>.
/// Paths are relative to the target's endpoint (e.g. <c>resource_providers</c>, <c>v2.0/ports</c>).
/// </summary>
public abstract class ServiceClient(ServiceConnection connection)
{
    private const int MaxFaultBodyLength = 64 * 1024;
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private static readonly string[] RequestIdHeaders = ["X-OpenStack-Request-Id", "X-Compute-Request-Id", "X-Trans-Id"];

    /// <summary>The snake_case settings of every OpenStack API.</summary>
    protected static JsonSerializerOptions JsonOptions { get; } = OpenStackJson.CreateOptions();

    /// <summary>The catalog type of the target, e.g. <c>placement</c>.</summary>
    protected string ServiceType => connection.ServiceType;

    /// <summary>Sends a call and returns the answer whatever its status; the caller disposes it. <paramref name="content"/> is called once per attempt.</summary>
    /// <exception cref="ServiceCallUnavailableException">No answer came.</exception>
    protected Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, Func<HttpContent>? content, ServiceCallOptions? options, CancellationToken cancellationToken) =>
        connection.SendAsync(method, path, content, options, cancellationToken);

    /// <summary>Sends a call and returns its 2xx answer; the caller disposes it.</summary>
    /// <exception cref="ServiceCallException">The target answered with an error.</exception>
    /// <exception cref="ServiceCallUnavailableException">No answer came.</exception>
    protected async Task<HttpResponseMessage> SendSuccessfulAsync(
        HttpMethod method, string path, Func<HttpContent>? content, ServiceCallOptions? options, CancellationToken cancellationToken)
    {
        var response = await SendAsync(method, path, content, options, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ReadFaultAsync(response, cancellationToken);
            }
        }

        return response;
    }

    /// <summary><c>GET</c> a JSON body into <typeparamref name="T"/>.</summary>
    protected async Task<T> GetJsonAsync<T>(string path, ServiceCallOptions? options, CancellationToken cancellationToken)
    {
        using var response = await SendSuccessfulAsync(HttpMethod.Get, path, null, options, cancellationToken);
        return await ReadJsonAsync<T>(response, cancellationToken);
    }

    /// <summary><c>GET</c> a JSON body as a document; the caller disposes it.</summary>
    protected async Task<JsonDocument> GetJsonDocumentAsync(string path, ServiceCallOptions? options, CancellationToken cancellationToken)
    {
        using var response = await SendSuccessfulAsync(HttpMethod.Get, path, null, options, cancellationToken);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    /// <summary>Sends <paramref name="body"/> as snake_case JSON and reads the answer into <typeparamref name="TResponse"/>.</summary>
    protected async Task<TResponse> SendJsonAsync<TRequest, TResponse>(
        HttpMethod method, string path, TRequest body, ServiceCallOptions? options, CancellationToken cancellationToken)
    {
        using var response = await SendSuccessfulAsync(method, path, JsonContentOf(body), options, cancellationToken);
        return await ReadJsonAsync<TResponse>(response, cancellationToken);
    }

    /// <summary>Sends <paramref name="body"/> as snake_case JSON and ignores the answer's body.</summary>
    protected async Task SendJsonAsync<TRequest>(HttpMethod method, string path, TRequest body, ServiceCallOptions? options, CancellationToken cancellationToken)
    {
        using var response = await SendSuccessfulAsync(method, path, JsonContentOf(body), options, cancellationToken);
    }

    /// <summary><c>DELETE</c> a resource.</summary>
    protected async Task DeleteAsync(string path, ServiceCallOptions? options, CancellationToken cancellationToken)
    {
        using var response = await SendSuccessfulAsync(HttpMethod.Delete, path, null, options, cancellationToken);
    }

    /// <summary>A content factory that serializes <paramref name="body"/> once and sends the same bytes on every attempt.</summary>
    protected static Func<HttpContent> JsonContentOf<T>(T body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, JsonOptions);
        return () => new ByteArrayContent(bytes) { Headers = { ContentType = JsonMediaType } };
    }

    /// <summary>Reads a JSON answer into <typeparamref name="T"/>.</summary>
    /// <exception cref="JsonException">The body is not the JSON of <typeparamref name="T"/>.</exception>
    protected static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await JsonSerializer.DeserializeAsync<T>(await response.Content.ReadAsStreamAsync(cancellationToken), JsonOptions, cancellationToken)
            ?? throw new JsonException($"The {typeof(T).Name} answer of the service is null.");
    }

    /// <summary>The <see cref="ServiceCallException"/> for an error answer, read from the service's fault body.</summary>
    protected async Task<ServiceCallException> ReadFaultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var fault = ServiceFaultReader.Read((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body.Length > MaxFaultBodyLength ? body[..MaxFaultBodyLength] : body);
        return new ServiceCallException(ServiceType, (int)response.StatusCode, fault.Code, fault.Message, RequestIdOf(response));
    }

    private static string? RequestIdOf(HttpResponseMessage response) =>
        RequestIdHeaders
            .Select(name => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null)
            .FirstOrDefault(value => value is not null);
}
