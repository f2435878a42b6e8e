using Microsoft.Extensions.DependencyInjection;
using SharpStack.Testing.Databases;

namespace SharpStack.Testing.Identity;

/// <summary>How <see cref="IdentityServer"/> is configured beyond its defaults.</summary>
public sealed class IdentityServerOptions
{
    /// <summary>keystone.conf-style settings in <c>section:key</c> form (for example <c>security_compliance:lockout_failure_attempts</c>).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings { get; init; } = [];

    /// <summary>Replaces services after Identity has registered its own (a clock, a recording fake).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public TestDatabaseKind Database { get; init; } = TestDatabaseKind.Sqlite;
}
