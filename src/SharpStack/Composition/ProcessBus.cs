using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharpStack.Configuration;
using SharpStack.Messaging;

namespace SharpStack.Composition;

/// <summary>
/// The one message bus of a process, shared by every service it runs: the in-process transport lets the
/// services of <c>up</c> reach each other, and a distributed process keeps one broker connection.
/// </summary>
internal sealed class ProcessBus(ServiceProvider provider, IMessageBus bus) : IAsyncDisposable
{
    public IMessageBus Bus => bus;

    public static ProcessBus Create(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddHostWarnings());
        services.AddSharpStackMessaging(configuration.GetSection(CloudOptions.Section));
        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<MessagingOptions>>().Value;
        }
        catch (OptionsValidationException error)
        {
            provider.Dispose();
            throw new OperatorException($"[DEFAULT] messaging options are invalid: {string.Join(" ", error.Failures)}");
        }

        return new ProcessBus(provider, provider.GetRequiredService<IMessageBus>());
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
