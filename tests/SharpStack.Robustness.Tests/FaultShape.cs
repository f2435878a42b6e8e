using System.Net.Http.Headers;
using System.Text.Json;
using SharpStack.Common.Faults;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// Whether an error response is the service's own fault body: the service's <see cref="ServiceFaultFormat"/> renders the
/// same status for the same Accept header twice, with two messages; the answer must have its content type and shape,
/// and every part that does not depend on the message (codes, titles, the HTML around the message) must be equal.
/// </summary>
public static class FaultShape
{
    private const string FirstMessage = "robustness-message-one";
    private const string SecondMessage = "robustness-message-two";

    /// <summary>Why the answer is not the service's fault body, or null when it is.</summary>
    public static string? Mismatch(ServiceFaultFormat format, int status, string accept, bool head, RobustResponse response)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(response);
        var request = new FaultRequest(accept, "req-robustness");
        var first = format.Render(new Fault(status, FirstMessage), request);
        var second = format.Render(new Fault(status, SecondMessage), request);
        if (response.ContentType is null)
        {
            return head ? null : "no fault body (no Content-Type)";
        }

        if (!string.Equals(MediaType(response.ContentType), MediaType(first.ContentType), StringComparison.OrdinalIgnoreCase))
        {
            return $"Content-Type {response.ContentType}, the service's fault is {first.ContentType}";
        }

        if (head)
        {
            return null;
        }

        if (MediaType(first.ContentType).EndsWith("json", StringComparison.Ordinal))
        {
            try
            {
                using var actual = JsonDocument.Parse(response.Body);
                using var one = JsonDocument.Parse(first.Content);
                using var two = JsonDocument.Parse(second.Content);
                return Compare("$", one.RootElement, two.RootElement, actual.RootElement);
            }
            catch (JsonException)
            {
                return "the body is not JSON";
            }
        }

        var at = first.Content.IndexOf(FirstMessage, StringComparison.Ordinal);
        var prefix = at < 0 ? first.Content : first.Content[..at];
        var suffix = at < 0 ? "" : first.Content[(at + FirstMessage.Length)..];
        return response.Body.StartsWith(prefix, StringComparison.Ordinal) && response.Body.EndsWith(suffix, StringComparison.Ordinal)
            ? null
            : "the body is not the service's fault text";
    }

    private static string MediaType(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType ?? contentType : contentType;

    private static string? Compare(string path, JsonElement one, JsonElement two, JsonElement actual)
    {
        if (actual.ValueKind != one.ValueKind && !(IsBoolean(one) && IsBoolean(actual)))
        {
            return $"{path} is {actual.ValueKind}, the service's fault has {one.ValueKind}";
        }

        switch (one.ValueKind)
        {
            case JsonValueKind.Object:
                var expected = one.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal).ToList();
                var names = actual.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal).ToList();
                if (!expected.SequenceEqual(names))
                {
                    return $"{path} has [{string.Join(", ", names)}], the service's fault has [{string.Join(", ", expected)}]";
                }

                return expected.Select(name => Compare($"{path}.{name}", one.GetProperty(name), two.GetProperty(name), actual.GetProperty(name)))
                    .FirstOrDefault(mismatch => mismatch is not null);
            case JsonValueKind.Array:
                return one.GetArrayLength() == 0 || actual.GetArrayLength() == 0
                    ? null
                    : Compare($"{path}[0]", one[0], two[0], actual[0]);
            default:
                var fixedPart = one.GetRawText() == two.GetRawText() && !one.GetRawText().Contains("req-robustness", StringComparison.Ordinal);
                return fixedPart && one.GetRawText() != actual.GetRawText()
                    ? $"{path} is {actual.GetRawText()}, the service's fault has {one.GetRawText()}"
                    : null;
        }
    }

    private static bool IsBoolean(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;
}
