using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Hosting.Faults;

namespace SharpStack.Hosting.Tests.Infrastructure;

/// <summary>A real Kestrel host on 127.0.0.1:0 running the plumbing in front of a tiny test API.</summary>
internal sealed class TestApi(WebApplication app, HttpClient client) : IAsyncDisposable
{
    public HttpClient Client { get; } = client;

    public IServiceProvider Services => app.Services;

    public static async Task<TestApi> StartAsync(
        ServiceApiOptions options,
        Action<WebApplication> map,
        IDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.ListenSharpStack(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        services?.Invoke(builder.Services);
        builder.AddSharpStackApi(options);
        var app = builder.Build();
        app.UseSharpStackApi();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TestApi(app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
