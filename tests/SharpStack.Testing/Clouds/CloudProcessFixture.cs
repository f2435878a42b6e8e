using Xunit;

namespace SharpStack.Testing.Clouds;

/// <summary>One <see cref="CloudProcess"/> started once and shared by a test class, for tests that need the cloud as its own OS process.</summary>
public sealed class CloudProcessFixture : IAsyncLifetime
{
    public CloudProcess Cloud { get; } = new();

    /// <summary>The line starting <c>SharpStack is ready</c> that the process printed.</summary>
    public string ReadyLine { get; private set; } = "";

    public async Task InitializeAsync() => ReadyLine = await Cloud.StartAsync();

    public async Task DisposeAsync() => await Cloud.DisposeAsync();
}
