using System.Text.Json;
using SharpStack.Common.Faults;

namespace SharpStack.Hosting.Clients;

/// <summary>
/// Reads the fault body of any OpenStack service: Keystone's <c>error</c>, Nova's and Cinder's single named key, Neutron's
/// <c>NeutronError</c>, Placement's <c>errors</c> list, webob's JSON (Glance); HTML and plain text (webob, Swift) via <see cref="TextFaultReader"/>.
/// </summary>
internal static class ServiceFaultReader
{
    public static ServiceFault Read(int statusCode, string? mediaType, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var fault = LooksLikeJson(mediaType, body) ? ReadJson(body) : TextFaultReader.Read(mediaType, body);
        return fault is { Message.Length: > 0 } ? fault : new ServiceFault(fault?.Code ?? FaultDefaults.Title(statusCode), FaultDefaults.Message(statusCode));
    }

    private static bool LooksLikeJson(string? mediaType, string body) =>
        mediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true || body.TrimStart().StartsWith('{');

    private static ServiceFault? ReadJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? ReadObject(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return TextFaultReader.Read("text/plain", body);
        }
    }

    private static ServiceFault? ReadObject(JsonElement root)
    {
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            return new ServiceFault(Text(first, "code") ?? Text(first, "title"), Text(first, "detail") ?? Text(first, "title") ?? string.Empty);
        }

        if (root.TryGetProperty("NeutronError", out var neutron))
        {
            return neutron.ValueKind == JsonValueKind.Object
                ? new ServiceFault(Text(neutron, "type"), Text(neutron, "message") ?? string.Empty)
                : new ServiceFault(null, neutron.ToString());
        }

        if (root.TryGetProperty("error", out var keystone) && keystone.ValueKind == JsonValueKind.Object)
        {
            return new ServiceFault(Text(keystone, "title"), Text(keystone, "message") ?? string.Empty);
        }

        if (Text(root, "message") is { } webob)
        {
            return new ServiceFault(Text(root, "title") ?? Text(root, "code"), TextFaultReader.WebobMessage(webob));
        }

        // Nova and Cinder: {"itemNotFound": {"code": 404, "message": "..."}}, whatever the key.
        var named = root.EnumerateObject().FirstOrDefault(property => property.Value.ValueKind == JsonValueKind.Object);
        return named.Value.ValueKind == JsonValueKind.Object
            ? new ServiceFault(named.Name, Text(named.Value, "message") ?? Text(named.Value, "explanation") ?? string.Empty)
            : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
