using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;

namespace SharpStack.Hosting.Clients;

/// <summary>
/// The token of one service user (password auth, with its catalog), issued on first use, renewed two minutes
/// before it expires, and renewed on demand when a service refused it or its catalog lacked an endpoint.
/// </summary>
internal sealed partial class ServiceTokenProvider(
    ServiceCredentials credentials, IHttpClientFactory httpClients, TimeProvider time, ILogger<ServiceTokenProvider> logger) : IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private AuthContext? _current;

    public ServiceCredentials Credentials => credentials;

    /// <exception cref="IdentityUnavailableException">Identity did not answer or refused the credentials.</exception>
    public Task<AuthContext> GetAsync(CancellationToken cancellationToken) => GetAsync(stale: null, cancellationToken);

    /// <summary>A token other than <paramref name="stale"/>: the one another caller already renewed, or a new one.</summary>
    public Task<AuthContext> RenewAsync(AuthContext stale, CancellationToken cancellationToken) => GetAsync(stale, cancellationToken);

    public void Dispose() => _lock.Dispose();

    private async Task<AuthContext> GetAsync(AuthContext? stale, CancellationToken cancellationToken)
    {
        if (Usable(_current, stale) is { } token)
        {
            return token;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (Usable(_current, stale) is { } renewed)
            {
                return renewed;
            }

            _current = await IssueAsync(cancellationToken);
            return _current;
        }
        finally
        {
            _lock.Release();
        }
    }

    private AuthContext? Usable(AuthContext? current, AuthContext? stale) =>
        current is not null && !ReferenceEquals(current, stale) && current.ExpiresAt - RenewBefore > time.GetUtcNow() ? current : null;

    private async Task<AuthContext> IssueAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await httpClients.CreateClient(IdentityEndpoints.HttpClientName)
                .PostAsJsonAsync(IdentityEndpoints.Tokens(credentials.AuthUrl), Request(), cancellationToken);
            if (!response.IsSuccessStatusCode || !response.Headers.TryGetValues("X-Subject-Token", out var tokens))
            {
                LogIssueFailed((int)response.StatusCode, credentials.Username, credentials.AuthUrl);
                throw new IdentityUnavailableException($"Identity refused the service credentials of {credentials.Username} ({(int)response.StatusCode}).");
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var token = KeystoneTokenReader.Read(body.RootElement, tokens.First());
            LogIssued(credentials.Username, token.ExpiresAt);
            return token;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new IdentityUnavailableException($"Identity did not issue a token to {credentials.Username}.", exception);
        }
    }

    private object Request() => new
    {
        auth = new
        {
            identity = new
            {
                methods = new[] { "password" },
                password = new { user = new { name = credentials.Username, password = credentials.Password, domain = new { name = credentials.UserDomainName } } },
            },
            scope = new { project = new { name = credentials.ProjectName, domain = new { name = credentials.ProjectDomainName } } },
        },
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Obtained a service token for {Username}, valid until {ExpiresAt}")]
    private partial void LogIssued(string username, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Identity at {AuthUrl} answered {StatusCode} to the service credentials of {Username}")]
    private partial void LogIssueFailed(int statusCode, string username, Uri authUrl);
}
