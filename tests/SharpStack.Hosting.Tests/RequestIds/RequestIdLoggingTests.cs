using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.RequestIds;

public sealed class RequestIdLoggingTests
{
    [Fact]
    public async Task Request_LogsWritten_CarryRequestIdInScope()
    {
        using var logs = new CapturingLoggerProvider();
        await using var api = await TestApi.StartAsync(
            TestOptions.Anonymous(ServiceFaultFormat.Compute),
            app => app.MapGet("/missing", (Func<string>)(() => throw new NotFoundException())),
            services: services => services.AddSingleton<ILoggerProvider>(logs));

        using var response = await api.Client.GetAsync(new Uri("/missing", UriKind.Relative));

        var requestId = response.Headers.GetValues("X-OpenStack-Request-Id").Single();
        var fault = logs.Entries.Single(entry => entry.Message.StartsWith("Request failed with 404", StringComparison.Ordinal));
        Assert.Equal(requestId, fault.Scope["RequestId"]);
    }
}
