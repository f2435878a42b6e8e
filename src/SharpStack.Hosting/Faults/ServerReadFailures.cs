using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace SharpStack.Hosting.Faults;

/// <summary>
/// Tells a malformed request body from a server fault: Kestrel reports some framing errors as plain I/O errors rather
/// than <see cref="BadHttpRequestException"/> (an overflowing chunk size is an <see cref="IOException"/> "Bad chunk size
/// data."), and those are the client's mistake (400), not a 500.
/// </summary>
internal static class ServerReadFailures
{
    private const string KestrelNamespace = "Microsoft.AspNetCore.Server.Kestrel";

    public static bool IsMalformedRequest(Exception exception, HttpContext context) =>
        exception is IOException or InvalidDataException
        && exception is not ConnectionResetException
        && !context.RequestAborted.IsCancellationRequested
        && ThrownByServer(exception);

    private static bool ThrownByServer(Exception exception) =>
        exception.TargetSite?.DeclaringType?.FullName?.StartsWith(KestrelNamespace, StringComparison.Ordinal) == true;
}
