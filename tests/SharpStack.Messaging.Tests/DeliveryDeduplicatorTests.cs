namespace SharpStack.Messaging.Tests;

public sealed class DeliveryDeduplicatorTests
{
    [Fact]
    public async Task TryBegin_AfterHandled_ReturnsHandledOutcome()
    {
        var deduplicator = new DeliveryDeduplicator();
        Assert.Null(deduplicator.TryBegin("q/1"));
        deduplicator.End("q/1", handled: true);

        var earlier = deduplicator.TryBegin("q/1");

        Assert.NotNull(earlier);
        Assert.True(await earlier);
    }

    [Fact]
    public void TryBegin_AfterNotHandled_LetsTheRedeliveryThrough()
    {
        var deduplicator = new DeliveryDeduplicator();
        Assert.Null(deduplicator.TryBegin("q/1"));
        deduplicator.End("q/1", handled: false);

        Assert.Null(deduplicator.TryBegin("q/1"));
    }

    [Fact]
    public void TryBegin_WhileFirstInProgress_ReturnsPendingOutcome()
    {
        var deduplicator = new DeliveryDeduplicator();
        Assert.Null(deduplicator.TryBegin("q/1"));

        var earlier = deduplicator.TryBegin("q/1");

        Assert.NotNull(earlier);
        Assert.False(earlier.IsCompleted);
    }

    [Fact]
    public void TryBegin_BeyondCapacity_ForgetsTheOldest()
    {
        var deduplicator = new DeliveryDeduplicator(capacity: 2);
        foreach (var key in new[] { "a", "b", "c" })
        {
            Assert.Null(deduplicator.TryBegin(key));
            deduplicator.End(key, handled: true);
        }

        Assert.Null(deduplicator.TryBegin("a"));
        Assert.NotNull(deduplicator.TryBegin("c"));
    }
}
