namespace SharpStack.Robustness.Tests;

/// <summary>How a request reaches the service.</summary>
public enum RobustTransport
{
    /// <summary>HttpClient, HTTP/1.1, to the service whose proxy header parsing is off.</summary>
    Client,

    /// <summary>HttpClient to the same service and database with proxy header parsing on.</summary>
    ProxyParsing,

    /// <summary>A raw HTTP/1.0 request without a <c>Host</c> header.</summary>
    Http10WithoutHost,

    /// <summary>A raw chunked request whose chunk-size line overflows.</summary>
    ChunkSizeOverflow,

    /// <summary>A raw request whose <c>Content-Length</c> is not a number.</summary>
    BadContentLength,

    /// <summary>A raw request with a header value of non-ASCII or NUL bytes.</summary>
    BadHeaderBytes,
}
