using System.Net;
using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;

namespace SharpStack.Hosting.Clients;

/// <summary>
/// One call's attempts: renews the service token once on 401 and the catalog once on a miss, retries idempotent methods
/// after connection failures (and 503 when configured) with backoff, and turns timeouts and failures into
/// <see cref="ServiceCallUnavailableException"/>.
/// </summary>
internal sealed class ServiceCall(
    ServiceConnection connection,
    ServiceClientOptions settings,
    ServiceTokenProvider tokens,
    ServiceCallOptions call,
    HttpMethod method,
    string path,
    Func<HttpContent>? content)
{
    private readonly TimeSpan _timeout = call.Timeout ?? TimeSpan.FromSeconds(settings.Timeout);
    private readonly bool _idempotent = ConnectionFailures.IsIdempotent(method);
    private readonly RetryDelays _connectDelays = new(settings.ConnectRetryDelay);
    private readonly RetryDelays _statusDelays = new(settings.StatusCodeRetryDelay);
    private int _connectRetries = settings.ConnectRetries;
    private int _statusRetries = settings.StatusCodeRetries;
    private bool _tokenRenewed;
    private bool _catalogRefreshed;
    private AuthContext? _token;

    private string ServiceType => connection.ServiceType;

    public async Task<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
    {
        _token = await TokenAsync(stale: null, cancellationToken);
        while (true)
        {
            var uri = await ResolveAsync(cancellationToken);
            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(uri, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                if (!_idempotent || _connectRetries <= 0 || !ConnectionFailures.IsConnectionFailure(exception))
                {
                    throw Unavailable(ServiceCallFailure.ConnectionFailed, uri, exception);
                }

                var delay = _connectDelays.Next();
                ServiceClientLog.Retrying(connection.Logger, exception, method, uri, ServiceType, delay, _connectRetries--);
                await Task.Delay(delay, connection.Time, cancellationToken);
                continue;
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw Unavailable(ServiceCallFailure.Timeout, uri, exception);
            }

            ServiceClientLog.Answered(connection.Logger, method, uri, ServiceType, response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Unauthorized && !_tokenRenewed)
            {
                response.Dispose();
                ServiceClientLog.RenewingRefusedToken(connection.Logger, ServiceType, method, uri);
                _tokenRenewed = true;
                _token = await TokenAsync(_token, cancellationToken);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && _idempotent && _statusRetries > 0)
            {
                response.Dispose();
                var delay = _statusDelays.Next();
                ServiceClientLog.RetryingUnavailable(connection.Logger, ServiceType, method, uri, delay, _statusRetries--);
                await Task.Delay(delay, connection.Time, cancellationToken);
                continue;
            }

            return response;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = ServiceRequests.Create(method, uri, content?.Invoke(), _token!, call, connection.Target);
        using var attempt = Deadline(cancellationToken);
        var completion = call.StreamResponse ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead;
        return await connection.HttpClients.CreateClient(connection.Target.HttpClientName).SendAsync(request, completion, attempt.Token);
    }

    private async Task<Uri> ResolveAsync(CancellationToken cancellationToken)
    {
        // A call for a user acts for the user's project; only a call by the service itself falls back to the service project.
        var project = call.UserToken is null ? call.ProjectId ?? _token!.ProjectId : call.ProjectId;
        if (!string.IsNullOrEmpty(settings.EndpointOverride))
        {
            return Combine(EndpointTemplate.Expand(settings.EndpointOverride, project));
        }

        var url = CatalogLookup.Find(_token!.Catalog, ServiceType, settings.Interfaces, settings.RegionName);
        if (url is null && !_catalogRefreshed)
        {
            ServiceClientLog.RefreshingCatalog(connection.Logger, ServiceType, settings.ValidInterfaces, settings.RegionName);
            _catalogRefreshed = true;
            _token = await TokenAsync(_token, cancellationToken);
            url = CatalogLookup.Find(_token.Catalog, ServiceType, settings.Interfaces, settings.RegionName);
        }

        return url is null
            ? throw Unavailable(ServiceCallFailure.NoEndpoint, null, null)
            : Combine(EndpointTemplate.Expand(EndpointTemplate.Reproject(url, _token.ProjectId, project), project));
    }

    private async Task<AuthContext> TokenAsync(AuthContext? stale, CancellationToken cancellationToken)
    {
        using var deadline = Deadline(cancellationToken);
        try
        {
            return stale is null ? await tokens.GetAsync(deadline.Token) : await tokens.RenewAsync(stale, deadline.Token);
        }
        catch (IdentityUnavailableException exception)
        {
            throw Unavailable(ServiceCallFailure.NoServiceToken, tokens.Credentials.AuthUrl, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(ServiceCallFailure.NoServiceToken, tokens.Credentials.AuthUrl, exception);
        }
    }

    // The I/O timeout runs on the real clock, like HttpClient.Timeout; the injected TimeProvider paces retries and token expiry.
    private CancellationTokenSource Deadline(CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        return deadline;
    }

    // A path is relative to the endpoint's own path (/v2.1, /v3/{project}); an absolute http(s) URL, e.g. a link, is used as it is.
    private Uri Combine(string endpoint) =>
        Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute
            : new Uri(endpoint.TrimEnd('/') + "/" + path.TrimStart('/'));

    private ServiceCallUnavailableException Unavailable(ServiceCallFailure failure, Uri? uri, Exception? exception)
    {
        ServiceClientLog.Failed(connection.Logger, exception, method, uri, ServiceType, failure);
        return new ServiceCallUnavailableException(ServiceType, failure, exception);
    }
}
