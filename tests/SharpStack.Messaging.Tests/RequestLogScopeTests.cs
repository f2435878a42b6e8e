namespace SharpStack.Messaging.Tests;

public sealed class RequestLogScopeTests
{
    [Fact]
    public void ToString_ShowsTheRequestIdAndTheGlobalOneWhenThereIsOne()
    {
        Assert.Equal("req-1", new RequestLogScope("req-1").ToString());
        Assert.Equal("req-1 (global req-0)", new RequestLogScope("req-1", "req-0").ToString());
    }

    [Fact]
    public void Properties_CarryBothIdsByName()
    {
        var scope = new RequestLogScope("req-1", "req-0");

        Assert.Equal(
            [new("RequestId", "req-1"), new("GlobalRequestId", "req-0")],
            scope.ToList());
    }
}
