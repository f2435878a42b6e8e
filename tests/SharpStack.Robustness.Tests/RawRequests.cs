using System.Globalization;
using System.Text;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// The bytes of requests HttpClient will not send (HTTP/1.0 without <c>Host</c>, broken framing, bad header bytes), for
/// the harness's raw-socket <c>RawHttp</c>.
/// </summary>
internal static class RawRequests
{
    public static byte[] Compose(RobustRequest request, string? token, Uri baseUri)
    {
        var head = new StringBuilder();
        var http10 = request.Transport == RobustTransport.Http10WithoutHost;
        head.Append(CultureInfo.InvariantCulture, $"{request.Method} {request.Path} {(http10 ? "HTTP/1.0" : "HTTP/1.1")}\r\n");
        if (!http10)
        {
            head.Append(CultureInfo.InvariantCulture, $"Host: {baseUri.Authority}\r\nConnection: close\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Accept: {request.Accept}\r\n");
        if (token is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"X-Auth-Token: {token}\r\n");
        }

        var body = request.Body ?? [];
        if (request.Body is not null || request.Transport is RobustTransport.ChunkSizeOverflow or RobustTransport.BadContentLength)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {request.ContentType ?? "application/json"}\r\n");
        }

        switch (request.Transport)
        {
            case RobustTransport.ChunkSizeOverflow:
                head.Append("Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n");
                return Concat(head, body, "\r\n0\r\n\r\n");
            case RobustTransport.BadContentLength:
                head.Append("Content-Length: 12abc\r\n\r\n");
                return Concat(head, body, "");
            case RobustTransport.BadHeaderBytes:
                head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\nX-Robust: ");
                return Concat(head, [0xC3, 0xA9, 0x00, 0x20, 0x7F, 0x0D, 0x0A, 0x0D, 0x0A, .. body], "");
            default:
                if (request.Body is not null)
                {
                    head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
                }

                head.Append("\r\n");
                return Concat(head, body, "");
        }
    }

    private static byte[] Concat(StringBuilder head, byte[] body, string tail) =>
        [.. Encoding.Latin1.GetBytes(head.ToString()), .. body, .. Encoding.ASCII.GetBytes(tail)];
}
