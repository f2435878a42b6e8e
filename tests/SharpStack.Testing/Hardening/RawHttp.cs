using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace SharpStack.Testing.Hardening;

/// <summary>
/// Sends bytes that no HTTP client library would send (HTTP/1.0 without Host, broken framing, NUL bytes, huge headers,
/// a body trickled byte by byte) over a plain TCP connection and reads the one response that comes back.
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Sends <paramref name="request"/> (Latin-1) to <paramref name="server"/>'s host and port and reads the response.</summary>
    public static Task<RawHttpResponse> SendAsync(Uri server, string request) => SendAsync(server, Encoding.Latin1.GetBytes(request));

    /// <summary>Sends <paramref name="request"/> and reads the response: Content-Length, chunked, or up to the close.</summary>
    public static Task<RawHttpResponse> SendAsync(Uri server, byte[] request) => SendAsync(server, request, DefaultTimeout);

    /// <summary>As <see cref="SendAsync(Uri, byte[])"/>, giving up (with an <see cref="OperationCanceledException"/>) after <paramref name="limit"/>.</summary>
    /// <exception cref="IOException">The connection closed before a whole HTTP response head came back.</exception>
    public static async Task<RawHttpResponse> SendAsync(Uri server, byte[] request, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = new CancellationTokenSource(limit);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request, timeout.Token);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read everything (a 431 for huge headers); read what it said.
        }

        return await ReadResponseAsync(stream, timeout.Token);
    }

    /// <summary>
    /// Sends <paramref name="head"/>, then <paramref name="piece"/> every <paramref name="interval"/> until the server
    /// answers (a body that never ends, or trickles slower than the server's minimum data rate), and reads the response.
    /// </summary>
    public static async Task<RawHttpResponse> SendTrickledAsync(Uri server, string head, string piece, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head), timeout.Token);
        var response = ReadResponseAsync(stream, timeout.Token);
        var bytes = Encoding.Latin1.GetBytes(piece);
        while (await Task.WhenAny(response, Task.Delay(interval, timeout.Token)) != response)
        {
            try
            {
                await stream.WriteAsync(bytes, timeout.Token);
            }
            catch (IOException)
            {
                // The server answered and closed; the response is being read.
                break;
            }
        }

        return await response;
    }

    private static async Task<RawHttpResponse> ReadResponseAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOf(received, "\r\n\r\n"u8.ToArray())) < 0)
        {
            if (await ReadSomeAsync(stream, buffer, received, cancellationToken) == 0)
            {
                throw new IOException($"The connection closed before the response headers ended: {Encoding.Latin1.GetString([.. received])}");
            }
        }

        var head = Encoding.Latin1.GetString([.. received.Take(headerEnd)]).Split("\r\n");
        var statusLine = head[0].Split(' ');
        if (!head[0].StartsWith("HTTP/", StringComparison.Ordinal) || statusLine.Length < 2
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new IOException($"Not an HTTP response: {head[0]}");
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in head.Skip(1).Where(line => line.Contains(':', StringComparison.Ordinal)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        var body = received.Skip(headerEnd + 4).ToList();
        if (headers.TryGetValue("content-length", out var length))
        {
            var expected = int.Parse(length, CultureInfo.InvariantCulture);
            while (body.Count < expected && await ReadSomeAsync(stream, buffer, body, cancellationToken) > 0)
            {
            }
        }
        else if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            while (IndexOf(body, "0\r\n\r\n"u8.ToArray()) < 0 && await ReadSomeAsync(stream, buffer, body, cancellationToken) > 0)
            {
            }

            body = Dechunk(body);
        }
        else
        {
            while (await ReadSomeAsync(stream, buffer, body, cancellationToken) > 0)
            {
            }
        }

        return new RawHttpResponse(status, headers, Encoding.UTF8.GetString([.. body]));
    }

    private static async Task<int> ReadSomeAsync(NetworkStream stream, byte[] buffer, List<byte> into, CancellationToken cancellationToken)
    {
        int read;
        try
        {
            read = await stream.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException)
        {
            return 0;
        }

        into.AddRange(buffer.AsSpan(0, read));
        return read;
    }

    private static List<byte> Dechunk(List<byte> chunked)
    {
        var result = new List<byte>();
        var position = 0;
        while (true)
        {
            var lineEnd = IndexOf(chunked, "\r\n"u8.ToArray(), position);
            var size = int.Parse(Encoding.Latin1.GetString([.. chunked.Skip(position).Take(lineEnd - position)]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return result;
            }

            result.AddRange(chunked.Skip(lineEnd + 2).Take(size));
            position = lineEnd + 2 + size + 2;
        }
    }

    private static int IndexOf(List<byte> haystack, byte[] needle, int start = 0)
    {
        for (var i = start; i <= haystack.Count - needle.Length; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                match = haystack[i + j] == needle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
