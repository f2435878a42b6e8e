using SharpStack.Common.Faults;
using SharpStack.Common.Microversions;

namespace SharpStack.Hosting.Tests.Infrastructure;

internal static class TestOptions
{
    public static ServiceApiOptions Compute(bool validateTokens = false) => new()
    {
        ServiceType = "compute",
        FaultFormat = ServiceFaultFormat.Compute,
        Microversions = MicroversionOptions.Compute(new Microversion(2, 95)),
        ValidateTokens = validateTokens,
        CompatRequestIdHeaders = ["X-Compute-Request-Id"],
    };

    public static ServiceApiOptions Anonymous(ServiceFaultFormat format) => new()
    {
        ServiceType = "test",
        FaultFormat = format,
        ValidateTokens = false,
    };
}
