using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SharpStack.Hosting.Auth;

/// <summary>This service's own token (password auth with the configured service user), renewed before it expires.</summary>
internal sealed partial class ServiceTokenProvider(
    IHttpClientFactory httpClients, IOptions<KeystoneAuthTokenOptions> options, TimeProvider time, ILogger<ServiceTokenProvider> logger) : IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _current;

    public async Task<string> GetTokenAsync(bool forceRenew, CancellationToken cancellationToken)
    {
        if (!forceRenew && IsFresh(_current, out var token))
        {
            return token;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (!forceRenew && IsFresh(_current, out token))
            {
                return token;
            }

            _current = await IssueAsync(cancellationToken);
            return _current.Value.Token;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private bool IsFresh((string Token, DateTimeOffset ExpiresAt)? current, out string token)
    {
        token = current?.Token ?? string.Empty;
        return current is not null && current.Value.ExpiresAt - RenewBefore > time.GetUtcNow();
    }

    private async Task<(string, DateTimeOffset)> IssueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = new
        {
            auth = new
            {
                identity = new
                {
                    methods = new[] { "password" },
                    password = new { user = new { name = settings.Username, password = settings.Password, domain = new { name = settings.UserDomainName } } },
                },
                scope = new { project = new { name = settings.ProjectName, domain = new { name = settings.ProjectDomainName } } },
            },
        };
        using var response = await httpClients.CreateClient(IdentityEndpoints.HttpClientName)
            .PostAsJsonAsync(IdentityEndpoints.Tokens(settings, includeCatalog: false), request, cancellationToken);
        if (!response.IsSuccessStatusCode || !response.Headers.TryGetValues("X-Subject-Token", out var tokens))
        {
            LogIssueFailed((int)response.StatusCode, settings.Username);
            throw new IdentityUnavailableException($"Identity refused the service credentials ({(int)response.StatusCode}).");
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var expiresAt = body.RootElement.GetProperty("token").GetProperty("expires_at").GetDateTimeOffset();
        LogIssued(settings.Username, expiresAt);
        return (tokens.First(), expiresAt);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Obtained a service token for {Username}, valid until {ExpiresAt}")]
    private partial void LogIssued(string? username, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Identity answered {StatusCode} to the service credentials of {Username}")]
    private partial void LogIssueFailed(int statusCode, string? username);
}
