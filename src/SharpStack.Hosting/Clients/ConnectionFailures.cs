using System.Net.Sockets;

namespace SharpStack.Hosting.Clients;

/// <summary>Tells connection failures (refused, reset, dropped before the answer) from other errors of a send.</summary>
internal static class ConnectionFailures
{
    public static bool IsConnectionFailure(HttpRequestException exception) => exception is
    {
        HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ResponseEnded,
    } || exception.InnerException is IOException or SocketException;

    /// <summary>The methods a retry cannot apply twice (RFC 9110 §9.2.2), the only ones retried.</summary>
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options;
}
