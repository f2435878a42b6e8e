using System.Globalization;
using System.Text;
using SharpStack.Common.Faults;
using SharpStack.Hosting.RequestIds;

namespace SharpStack.Hosting.Faults;

/// <summary>
/// Recognises the bodiless error response Kestrel writes itself when it rejects a request before the application runs
/// (status 4xx/5xx, <c>Content-Length: 0</c>, <c>Connection: close</c>, no content type) and gives it the service's
/// fault body and a request id.
/// </summary>
internal static class ServerRejectionResponse
{
    private const string LineEnd = "\r\n";

    // The request could not be read, so its Accept header is unknown; API clients get the JSON form of the fault.
    private const string Accept = "application/json";

    public static bool TryRewrite(ReadOnlySpan<byte> response, ServiceApiOptions service, out byte[] rewritten)
    {
        rewritten = [];
        var text = Encoding.Latin1.GetString(response);
        if (!text.EndsWith(LineEnd + LineEnd, StringComparison.Ordinal))
        {
            return false;
        }

        var lines = text[..^(2 * LineEnd.Length)].Split(LineEnd);
        var statusParts = lines[0].Split(' ', 3);
        if (statusParts.Length < 2 || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 400 or > 599)
        {
            return false;
        }

        var headers = new List<string>();
        var emptyBody = false;
        var closes = false;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                emptyBody = value == "0";
                continue;
            }

            closes |= name.Equals("Connection", StringComparison.OrdinalIgnoreCase) && value.Contains("close", StringComparison.OrdinalIgnoreCase);
            headers.Add(line);
        }

        if (!emptyBody || !closes)
        {
            return false;
        }

        var requestId = RequestIdMiddleware.NewId();
        var fault = service.FaultFormat.Render(new Fault(status, FaultDefaults.Message(status)), new FaultRequest(Accept, requestId));
        var body = Encoding.UTF8.GetBytes(fault.Content);
        var head = new StringBuilder(lines[0]).Append(LineEnd)
            .Append("Content-Type: ").Append(fault.ContentType).Append(LineEnd)
            .Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append(LineEnd);
        foreach (var header in headers)
        {
            head.Append(header).Append(LineEnd);
        }

        foreach (var name in service.CompatRequestIdHeaders.Prepend(RequestIdMiddleware.Header))
        {
            head.Append(name).Append(": ").Append(requestId).Append(LineEnd);
        }

        rewritten = [.. Encoding.Latin1.GetBytes(head.Append(LineEnd).ToString()), .. body];
        return true;
    }
}
