using System.Collections.Concurrent;
using SharpStack.Common.Json;

namespace SharpStack.Identity.Api;

/// <summary>
/// The request body schemas of Identity's routes, transcribed from Keystone's <c>keystone/*/schema.py</c> into the embedded
/// <c>Api/Schemas/*.json</c> documents, each read once.
/// </summary>
internal static class IdentitySchemas
{
    private static readonly ConcurrentDictionary<string, RequestBodySchema> Loaded = new(StringComparer.Ordinal);

    public static RequestBodySchema Get(string name) => Loaded.GetOrAdd(name, static key =>
        RequestBodySchema.FromResource(typeof(IdentitySchemas).Assembly, $"Schemas/{key}.json", SchemaFaultStyle.Keystone));
}
