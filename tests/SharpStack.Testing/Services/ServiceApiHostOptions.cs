using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Testing.Databases;

namespace SharpStack.Testing.Services;

/// <summary>What <see cref="ServiceApiHost"/> starts: one service's registration and mapping, its settings and its database.</summary>
public sealed class ServiceApiHostOptions
{
    /// <summary>The service's name, used for its temporary folder.</summary>
    public required string Name { get; init; }

    /// <summary>The service's <c>Add…</c> (for example <c>builder =&gt; builder.AddIdentity()</c>).</summary>
    public required Action<WebApplicationBuilder> AddService { get; init; }

    /// <summary>The service's <c>Map…Api</c>.</summary>
    public required Action<WebApplication> MapApi { get; init; }

    /// <summary>Configuration on top of the database settings, in <c>section:key</c> form.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings { get; init; } = [];

    /// <summary>Replaces services after the service has registered its own (a clock, a recording fake).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public TestDatabaseKind Database { get; init; } = TestDatabaseKind.Sqlite;

    /// <summary>Runs the service's migrations before it starts (on by default, as <c>up</c> does).</summary>
    public bool Migrate { get; init; } = true;
}
