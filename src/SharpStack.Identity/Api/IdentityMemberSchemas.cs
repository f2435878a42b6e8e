using System.Collections.Concurrent;
using SharpStack.Common.Json;

namespace SharpStack.Identity.Api;

/// <summary>
/// The schemas Keystone checks inline with <c>validation.lazy_validate</c> on one member of the body (auth, consumer),
/// from the same embedded <c>Api/Schemas/*.json</c>, answered in that validator's "Invalid input for field 'a/b'" words.
/// </summary>
internal static class IdentityMemberSchemas
{
    private static readonly ConcurrentDictionary<string, RequestBodySchema> Loaded = new(StringComparer.Ordinal);

    public static RequestBodySchema Get(string name) => Loaded.GetOrAdd(name, static key =>
        RequestBodySchema.FromResource(typeof(IdentityMemberSchemas).Assembly, $"Schemas/{key}.json", SchemaFaultStyle.KeystoneMember));
}
