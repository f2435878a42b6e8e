using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SharpStack.Hosting.Tests.Clients;

/// <summary>
/// One real Kestrel port playing Identity (password tokens with an editable catalog, counted per user) and the target
/// service (every other path: checks the tokens, records the request, then answers as the test says).
/// </summary>
internal sealed class CloudStub(WebApplication app, Uri url) : IAsyncDisposable
{
    public const string ServiceUser = "nova";
    public const string ServicePassword = "secret";
    public const string OtherUser = "placement";
    public const string OtherPassword = "placement-secret";
    public const string ServiceProjectId = "5c1e0f4b8d2a4e6f9b3c7d1a2e4f6a8b";
    public const string UserProjectId = "d3c2b1a0f9e84d7c6b5a493827161504";
    private static readonly JsonSerializerOptions Plain = new();
    private readonly ConcurrentDictionary<string, bool> _validTokens = new();
    private readonly ConcurrentDictionary<string, int> _issued = new();
    private readonly ConcurrentQueue<string> _serviceTokens = new();
    private readonly List<StubEndpoint> _catalog = [];
    private int _targetRequests;

    public Uri Url { get; } = url;

    /// <summary>The clock that <c>expires_at</c> is computed from.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The target answers 401 to every token.</summary>
    public bool RejectAllTokens { get; set; }

    /// <summary>How the target answers, given the 1-based number of the request; null answers 200 with the method and path.</summary>
    public Func<HttpContext, int, Task>? OnRequest { get; set; }

    public ConcurrentQueue<StubRequest> Received { get; } = new();

    public int TokensIssued => _issued.Values.Sum();

    public string LastServiceToken => _serviceTokens.Last();

    public static async Task<CloudStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        CloudStub? stub = null;
        app.MapPost("/v3/auth/tokens", (Delegate)((HttpContext context) => stub!.IssueAsync(context)));
        app.MapGet("/v3/auth/tokens", (Delegate)((HttpContext context) => stub!.Validate(context)));
        app.Map("/{**path}", context => stub!.ServeAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        stub = new CloudStub(app, new Uri(address + "/"));
        return stub;
    }

    /// <summary>An endpoint URL on this stub whose first path segment tells which catalog entry was used.</summary>
    public string At(string name) => new Uri(Url, name).ToString();

    public void AddEndpoint(string type, string endpointInterface, string url, string region = "RegionOne")
    {
        lock (_catalog)
        {
            _catalog.Add(new StubEndpoint(type, endpointInterface, region, url));
        }
    }

    public int Issued(string username) => _issued.GetValueOrDefault(username);

    public string AddUserToken()
    {
        var token = "user-" + Guid.NewGuid().ToString("N");
        _validTokens[token] = true;
        return token;
    }

    public void RevokeAll() => _validTokens.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> IssueAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var user = body.RootElement.GetProperty("auth").GetProperty("identity").GetProperty("password").GetProperty("user");
        var name = user.GetProperty("name").GetString()!;
        var password = user.GetProperty("password").GetString();
        if (!(name == ServiceUser && password == ServicePassword) && !(name == OtherUser && password == OtherPassword))
        {
            return Results.Json(new { error = new { code = 401, message = "The request you have made requires authentication.", title = "Unauthorized" } }, Plain, statusCode: 401);
        }

        _issued.AddOrUpdate(name, 1, (_, count) => count + 1);
        var token = "svc-" + Guid.NewGuid().ToString("N");
        _validTokens[token] = true;
        _serviceTokens.Enqueue(token);
        context.Response.Headers["X-Subject-Token"] = token;
        return Results.Json(TokenBody(name), Plain, statusCode: 201);
    }

    // Token validation as Identity answers it to a service: the subject token must be a user token of this stub.
    private IResult Validate(HttpContext context)
    {
        if (!_validTokens.ContainsKey(context.Request.Headers["X-Auth-Token"].ToString()))
        {
            return Results.StatusCode(401);
        }

        var subject = context.Request.Headers["X-Subject-Token"].ToString();
        if (!subject.StartsWith("user-", StringComparison.Ordinal) || !_validTokens.ContainsKey(subject))
        {
            return Results.Json(new { error = new { code = 404, message = "Could not find token.", title = "Not Found" } }, Plain, statusCode: 404);
        }

        var expiresAt = (Clock.GetUtcNow() + TokenLifetime).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);
        return Results.Json(
            new
            {
                token = new
                {
                    expires_at = expiresAt,
                    user = new { id = "alice-id", name = "alice", domain = new { id = "default", name = "Default" } },
                    project = new { id = UserProjectId, name = "demo", domain = new { id = "default", name = "Default" } },
                    roles = new[] { new { id = "member-id", name = "member" } },
                },
            },
            Plain);
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        Received.Enqueue(new StubRequest(
            request.Method,
            request.Path.ToString(),
            request.QueryString.ToString(),
            request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        var number = Interlocked.Increment(ref _targetRequests);
        var serviceToken = request.Headers["X-Service-Token"].ToString();
        if (RejectAllTokens || !_validTokens.ContainsKey(request.Headers["X-Auth-Token"].ToString())
            || (serviceToken.Length > 0 && !_validTokens.ContainsKey(serviceToken)))
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsJsonAsync(new { error = new { code = 401, message = "The request you have made requires authentication.", title = "Unauthorized" } }, Plain);
            return;
        }

        if (OnRequest is not null)
        {
            await OnRequest(context, number);
            return;
        }

        await context.Response.WriteAsJsonAsync(new { method = request.Method, path = request.Path.ToString() }, Plain);
    }

    private object TokenBody(string user)
    {
        StubEndpoint[] catalog;
        lock (_catalog)
        {
            catalog = [.. _catalog];
        }

        var now = Clock.GetUtcNow();
        return new
        {
            token = new
            {
                expires_at = (now + TokenLifetime).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
                issued_at = now.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
                methods = new[] { "password" },
                user = new { id = user + "-id", name = user, domain = new { id = "default", name = "Default" } },
                project = new { id = ServiceProjectId, name = "service", domain = new { id = "default", name = "Default" } },
                roles = new[] { new { id = "service-id", name = "service" } },
                catalog = catalog.GroupBy(endpoint => endpoint.Type).Select(service => new
                {
                    id = service.Key + "-id",
                    type = service.Key,
                    name = service.Key,
                    endpoints = service.Select((endpoint, index) => new
                    {
                        id = $"{service.Key}-{index}",
                        @interface = endpoint.Interface,
                        region = endpoint.Region,
                        region_id = endpoint.Region,
                        url = endpoint.Url,
                    }),
                }),
            },
        };
    }

    private sealed record StubEndpoint(string Type, string Interface, string Region, string Url);
}
