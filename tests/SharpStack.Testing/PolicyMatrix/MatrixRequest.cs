using System.Net.Http.Headers;
using System.Text;

namespace SharpStack.Testing.PolicyMatrix;

/// <summary>
/// Builds a cell's request. The request column is a path (<c>-</c>: the route) and optional <c>Header:value</c> words;
/// the body column is <c>-</c>, JSON, <c>patch:</c> then a JSON patch (Glance's patch media type), or <c>bytes:</c> then
/// the data (<c>application/octet-stream</c>).
/// </summary>
public static class MatrixRequest
{
    public const string JsonPatchMediaType = "application/openstack-images-v2.1-json-patch";

    public static HttpRequestMessage Build(MatrixRow row, string method, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(row);
        var words = MatrixTemplate.Expand(row.Request == MatrixRow.None ? row.Route : row.Request, values).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(words[0].TrimStart('/'), UriKind.Relative));
        foreach (var header in words.Skip(1))
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"'{header}' in the request of {row} is not a Header:value.");
            }

            request.Headers.TryAddWithoutValidation(header[..colon], header[(colon + 1)..]);
        }

        request.Content = Content(MatrixTemplate.Expand(row.Body, values));
        return request;
    }

    private static ByteArrayContent? Content(string body)
    {
        if (body == MatrixRow.None)
        {
            return null;
        }

        var (mediaType, text) = body switch
        {
            _ when body.StartsWith("patch:", StringComparison.Ordinal) => (JsonPatchMediaType, body["patch:".Length..]),
            _ when body.StartsWith("bytes:", StringComparison.Ordinal) => ("application/octet-stream", body["bytes:".Length..]),
            _ => ("application/json", body),
        };
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
