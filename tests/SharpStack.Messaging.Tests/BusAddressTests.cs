namespace SharpStack.Messaging.Tests;

public sealed class BusAddressTests
{
    [Fact]
    public void ToString_TopicOnly_IsTheTopic() => Assert.Equal("conductor", new BusAddress("conductor").ToString());

    [Fact]
    public void ToString_WithServer_IsTopicDotServer() => Assert.Equal("compute.host1", BusAddress.ForServer("compute", "host1").ToString());
}
