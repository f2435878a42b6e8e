using Microsoft.Extensions.DependencyInjection;

namespace SharpStack.Identity.Tests.Auth;

/// <summary>Identity on a clock the test can move forward, for expiry and second-precision revocation without waiting.</summary>
public sealed class ClockControlledIdentityServer : IdentityApiServer
{
    public ShiftedTimeProvider Clock { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
