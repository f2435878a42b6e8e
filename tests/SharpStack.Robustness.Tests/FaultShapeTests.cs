using SharpStack.Common.Faults;

namespace SharpStack.Robustness.Tests;

/// <summary>The fault check itself: it accepts each service's own fault and refuses an empty body or another shape.</summary>
public sealed class FaultShapeTests
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    [InlineData("text/plain")]
    [InlineData("*/*")]
    public void Mismatch_OfTheServicesOwnFault_IsNone(string accept)
    {
        foreach (var format in new[] { ServiceFaultFormat.Identity, ServiceFaultFormat.Image, ServiceFaultFormat.Compute, ServiceFaultFormat.Network })
        {
            var body = format.Render(new Fault(404, "Could not find image é."), new FaultRequest(accept, "req-1"));
            Assert.Null(FaultShape.Mismatch(format, 404, accept, head: false, new RobustResponse(404, body.ContentType, body.Content)));
        }
    }

    [Fact]
    public void Mismatch_OfAnEmptyBody_IsReported() =>
        Assert.NotNull(FaultShape.Mismatch(ServiceFaultFormat.Identity, 400, "application/json", head: false, new RobustResponse(400, null, "")));

    [Fact]
    public void Mismatch_OfAnotherServicesFault_IsReported()
    {
        var glance = ServiceFaultFormat.Image.Render(new Fault(400, "Bad"), new FaultRequest("application/json", null));
        Assert.NotNull(FaultShape.Mismatch(ServiceFaultFormat.Identity, 400, "application/json", head: false, new RobustResponse(400, glance.ContentType, glance.Content)));
    }

    [Fact]
    public void Mismatch_OfAnotherStatusInTheBody_IsReported()
    {
        var keystone = ServiceFaultFormat.Identity.Render(new Fault(500, "Oops"), new FaultRequest("application/json", null));
        Assert.NotNull(FaultShape.Mismatch(ServiceFaultFormat.Identity, 400, "application/json", head: false, new RobustResponse(400, keystone.ContentType, keystone.Content)));
    }
}
