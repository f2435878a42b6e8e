using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace SharpStack.Robustness.Tests;

/// <summary>Requests HttpClient will not send (HTTP/1.0 without <c>Host</c>, broken framing, bad header bytes), over a plain socket.</summary>
internal static class RawHttp
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

    public static async Task<RobustResponse> SendAsync(Uri baseUri, byte[] request, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(baseUri.Host, baseUri.Port, cancel.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(request, cancel.Token);
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, cancel.Token);
        }
        catch (IOException) when (received.Length > 0)
        {
            // The server may reset the connection after answering a request whose body it did not read.
        }

        return Parse(received.ToArray());
    }

    private static RobustResponse Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!text.StartsWith("HTTP/", StringComparison.Ordinal) || end < 0)
        {
            return new RobustResponse(0, null, text, "no HTTP response");
        }

        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(line => line.Split(':', 2)).Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = text[(end + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new RobustResponse(status, headers.GetValueOrDefault("Content-Type"), body);
    }

    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (lineEnd < 0 || !int.TryParse(body[position..lineEnd].Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            var start = lineEnd + 2;
            result.Append(body, start, Math.Min(size, body.Length - start));
            position = start + size + 2;
        }

        return result.ToString();
    }

    private static byte[] Concat(StringBuilder head, byte[] body, string tail) =>
        [.. Encoding.Latin1.GetBytes(head.ToString()), .. body, .. Encoding.ASCII.GetBytes(tail)];
}
