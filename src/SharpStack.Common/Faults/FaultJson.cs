using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SharpStack.Common.Faults;

internal static class FaultJson
{
    public const string ContentType = "application/json";

    // Python's json.dumps leaves quotes and angle brackets alone; so do we (the body is never HTML).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
