using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Metadefs;

/// <summary>Creates metadef namespaces for the tests, each with a name of its own.</summary>
internal static class MetadefHttp
{
    public static string NewName(string prefix = "ns") => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Creates a namespace as the admin from the given extra JSON members and returns its name.</summary>
    public static async Task<string> CreateNamespaceAsync(this ImageServer server, string extra = "\"visibility\": \"public\"")
    {
        var name = NewName();
        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin, $$"""{"namespace": "{{name}}", {{extra}}}""");
        if (status != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating namespace {name} answered {status}: {body}");
        }

        return name;
    }
}
