using SharpStack.Composition;
using SharpStack.Tests.Composition.Echo;

namespace SharpStack.Tests.Composition;

public sealed class CloudCompositionTests
{
    [Fact]
    public void SelectServices_NoNames_IsEveryServiceInStartOrder()
    {
        var composition = CloudComposition.Default;

        Assert.Equal(composition.Services, composition.SelectServices(null));
        Assert.Equal(composition.Services, composition.SelectServices(" "));
        Assert.Same(composition.Identity, composition.Services[0]);
    }

    [Fact]
    public void SelectServices_UnknownName_ThrowsNamingEveryService()
    {
        var error = Assert.Throws<OperatorException>(() => CloudComposition.Default.SelectServices("identity,nosuch"));

        Assert.Equal(
            $"There is no service named 'nosuch'; choose from {string.Join(", ", CloudComposition.Default.Services.Select(s => s.Name))}.",
            error.Message);
    }

    [Fact]
    public void Agent_UnknownKind_ThrowsListingTheKinds()
    {
        var composition = CloudComposition.Default.WithAgent("identity", EchoAgent.Definition());

        var error = Assert.Throws<OperatorException>(() => composition.Agent("compute"));

        Assert.Equal("There is no agent kind 'compute'; choose from echo.", error.Message);
        Assert.Equal(EchoAgent.Kind, composition.Agent("ECHO").Kind);
    }

    [Fact]
    public void Agent_NoKindsRegistered_SaysTheBuildHasNone()
    {
        var composition = new CloudComposition(CloudComposition.Default.Services);

        var error = Assert.Throws<OperatorException>(() => composition.Agent("compute"));

        Assert.Contains("this build has no agent kinds yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAgent_ServiceTheCompositionLacks_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CloudComposition.Default.WithAgent("nosuch", EchoAgent.Definition()));

        Assert.Contains("no service nosuch for agent kind echo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAgent_KindTakenByAnotherService_Throws()
    {
        var composition = CloudComposition.Default.WithAgent("identity", EchoAgent.Definition());

        var error = Assert.Throws<ArgumentException>(() => composition.WithAgent("image", EchoAgent.Definition()));

        Assert.Contains("agent kind echo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agents_OfAnEntry_AreTheCompositionsAndKnowTheirService()
    {
        var agent = EchoAgent.Definition();

        var composition = CloudComposition.Default.With(EchoService.Definition with { Agents = [agent] });

        Assert.Same(agent, Assert.Single(composition.Agents));
        Assert.Equal("echo", composition.ServiceOf(agent).Name);
    }

    [Fact]
    public void With_ServiceOnAnotherEntrysPortOrName_Throws()
    {
        var identity = CloudComposition.Default.Identity;

        var samePort = Assert.Throws<ArgumentException>(() => CloudComposition.Default.With(EchoService.Definition with { DefaultPort = identity.DefaultPort }));
        var sameName = Assert.Throws<ArgumentException>(() => CloudComposition.Default.With(EchoService.Definition with { Name = identity.Name }));

        Assert.Contains($"default port {identity.DefaultPort}", samePort.Message, StringComparison.Ordinal);
        Assert.Contains($"service name {identity.Name}", sameName.Message, StringComparison.Ordinal);
    }
}
