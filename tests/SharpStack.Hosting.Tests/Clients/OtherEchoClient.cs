using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Tests.Clients;

/// <summary>A second typed client, for tests that need two targets.</summary>
internal sealed class OtherEchoClient(ServiceConnection connection) : ServiceClient(connection)
{
    public Task<EchoReply> GetAsync(string path) => GetJsonAsync<EchoReply>(path, null, CancellationToken.None);
}
