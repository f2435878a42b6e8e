using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SharpStack.Hosting.Tests.Infrastructure;

/// <summary>
/// A Keystone v3 stand-in on a real Kestrel port: password auth for the service user
/// (<c>nova</c>/<c>secret</c>) and token validation, counting validations.
/// </summary>
internal sealed class FakeIdentity(WebApplication app, Uri url) : IAsyncDisposable
{
    public const string ServiceUser = "nova";
    public const string ServicePassword = "secret";
    private static readonly JsonSerializerOptions Plain = new();
    private readonly ConcurrentDictionary<string, FakeToken> _tokens = new();
    private int _validations;
    private int _issued;

    public Uri Url { get; } = url;

    public int Validations => _validations;

    public int ServiceTokensIssued => _issued;

    public TimeSpan Delay { get; set; }

    public static async Task<FakeIdentity> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeIdentity? identity = null;
        app.MapPost("/v3/auth/tokens", (Delegate)((HttpContext context) => identity!.IssueAsync(context)));
        app.MapGet("/v3/auth/tokens", (Delegate)((HttpContext context) => identity!.ValidateAsync(context)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        identity = new FakeIdentity(app, new Uri(address + "/"));
        return identity;
    }

    public string Issue(string userId, string projectId, params string[] roles) =>
        Add(new FakeToken(userId, projectId, roles, DateTimeOffset.UtcNow.AddHours(1)));

    public void Revoke(string token) => _tokens.TryRemove(token, out _);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private string Add(FakeToken token)
    {
        var id = "gAAAA" + Guid.NewGuid().ToString("N");
        _tokens[id] = token;
        return id;
    }

    private async Task<IResult> IssueAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var user = body.RootElement.GetProperty("auth").GetProperty("identity").GetProperty("password").GetProperty("user");
        if (user.GetProperty("name").GetString() != ServiceUser || user.GetProperty("password").GetString() != ServicePassword)
        {
            return Results.Json(new { error = new { code = 401, message = "The request you have made requires authentication.", title = "Unauthorized" } }, Plain, statusCode: 401);
        }

        Interlocked.Increment(ref _issued);
        var token = new FakeToken("nova-id", "service-project", ["service"], DateTimeOffset.UtcNow.AddHours(1));
        context.Response.Headers["X-Subject-Token"] = Add(token);
        return Results.Json(Body(token), Plain, statusCode: 201);
    }

    private async Task<IResult> ValidateAsync(HttpContext context)
    {
        await Task.Delay(Delay);
        if (!_tokens.TryGetValue(context.Request.Headers["X-Auth-Token"].ToString(), out var caller) || !caller.Roles.Contains("service"))
        {
            return Results.StatusCode(401);
        }

        Interlocked.Increment(ref _validations);
        return _tokens.TryGetValue(context.Request.Headers["X-Subject-Token"].ToString(), out var token)
            ? Results.Json(Body(token), Plain)
            : Results.Json(new { error = new { code = 404, message = "Could not find token.", title = "Not Found" } }, Plain, statusCode: 404);
    }

    private static object Body(FakeToken token) => new
    {
        token = new
        {
            expires_at = token.ExpiresAt.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture),
            issued_at = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            methods = new[] { "password" },
            audit_ids = new[] { "audit1" },
            user = new { id = token.UserId, name = token.UserId + "-name", domain = new { id = "default", name = "Default" } },
            project = new { id = token.ProjectId, name = token.ProjectId + "-name", domain = new { id = "default", name = "Default" } },
            roles = token.Roles.Select(role => new { id = role + "-id", name = role }).ToArray(),
            catalog = new[]
            {
                new
                {
                    id = "svc1",
                    type = "compute",
                    name = "nova",
                    endpoints = new[] { new { id = "ep1", @interface = "public", region = "RegionOne", region_id = "RegionOne", url = "http://cloud:8774/v2.1" } },
                },
            },
        },
    };

    private sealed record FakeToken(string UserId, string ProjectId, string[] Roles, DateTimeOffset ExpiresAt);
}
