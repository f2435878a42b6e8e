using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Composition;
using SharpStack.Configuration;

namespace SharpStack.Tests.Composition.Echo;

/// <summary>An agent kind that exists only in the tests: it answers <see cref="EchoRequest"/> calls on its host's queue with the host's name.</summary>
internal static class EchoAgent
{
    public const string Kind = "echo";
    public const string Section = "agent_echo";

    public static AgentDefinition Definition(EchoProbe? probe = null) => new()
    {
        Kind = Kind,
        Options = [new OptionsSection(Section, typeof(EchoAgentOptions))],
        AddServices = (services, configuration) =>
        {
            services.AddOptions<EchoAgentOptions>().Bind(configuration.GetSection(Section));
            services.AddSingleton(probe ?? new EchoProbe());
            services.AddHostedService<EchoAgentService>();
        },
    };
}
