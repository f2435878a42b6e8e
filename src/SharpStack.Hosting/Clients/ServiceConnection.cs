using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Hosting.Auth;

namespace SharpStack.Hosting.Clients;

/// <summary>The configured way to one target service that a <see cref="ServiceClient"/> sends through; <c>AddServiceClient</c> creates it.</summary>
public sealed class ServiceConnection
{
    private readonly IOptionsMonitor<ServiceClientOptions> _options;
    private readonly IOptions<KeystoneAuthTokenOptions> _fallback;
    private readonly ServiceTokenProviders _tokens;

    internal ServiceConnection(
        ServiceTarget target,
        IOptionsMonitor<ServiceClientOptions> options,
        IOptions<KeystoneAuthTokenOptions> fallback,
        ServiceTokenProviders tokens,
        IHttpClientFactory httpClients,
        TimeProvider time,
        ILogger<ServiceConnection> logger)
    {
        Target = target;
        _options = options;
        _fallback = fallback;
        _tokens = tokens;
        HttpClients = httpClients;
        Time = time;
        Logger = logger;
    }

    /// <summary>The catalog type of the target, e.g. <c>placement</c>.</summary>
    public string ServiceType => Target.ServiceType;

    internal ServiceTarget Target { get; }

    internal IHttpClientFactory HttpClients { get; }

    internal TimeProvider Time { get; }

    internal ILogger Logger { get; }

    /// <summary>Sends one call with endpoint lookup, tokens, request id, microversion, timeout and retries; any status is returned.</summary>
    internal Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, Func<HttpContent>? content, ServiceCallOptions? call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var settings = _options.Get(Target.Section);
        var provider = _tokens.For(ServiceCredentials.For(Target.Section, settings, _fallback.Value));
        return new ServiceCall(this, settings, provider, call ?? ServiceCallOptions.AsService, method, path, content).SendAsync(cancellationToken);
    }
}
