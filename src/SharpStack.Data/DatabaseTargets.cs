using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SharpStack.Data;

/// <summary>The resolved database of each service, computed once from the options.</summary>
internal sealed class DatabaseTargets(IOptions<DatabaseOptions> options)
{
    private readonly ConcurrentDictionary<string, DatabaseTarget> _targets = new(StringComparer.Ordinal);

    public DatabaseTarget Get(string serviceName) =>
        _targets.GetOrAdd(serviceName, name => DatabaseTargetResolver.Resolve(options.Value, name));
}
