using System.Text;
using System.Text.Json;

namespace SharpStack.Common.Faults;

internal static class FaultJson
{
    public const string ContentType = "application/json";

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
