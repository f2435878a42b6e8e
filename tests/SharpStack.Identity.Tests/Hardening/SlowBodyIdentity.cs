using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>An Identity whose HTTP server gives up on a request body slower than 100 bytes/s after 1.5 s (instead of 5 s).</summary>
public sealed class SlowBodyIdentity : IdentityCloud
{
    protected override bool HasPersonas => false;

    protected override void ReplaceServices(IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(1.5)));
}
