using SharpStack.Testing.Identity;

namespace SharpStack.Testing.Personas;

/// <summary>
/// A real Identity with every <see cref="Persona"/>: the one fixture for tests that need real tokens. A test class that
/// changes Identity uses its own (<c>IClassFixture&lt;PersonaCloud&gt;</c>); one that only needs tokens for another service
/// uses <see cref="SharedAsync"/>, started once per test process.
/// </summary>
public class PersonaCloud : IAsyncLifetime
{
    private static readonly Lazy<Task<PersonaCloud>> Shared = new(StartSharedAsync);

    private IdentityServer? _identity;
    private PersonaDirectory? _personas;

    public IdentityServer Identity => _identity ?? throw new InvalidOperationException("The persona cloud has not started.");

    public PersonaDirectory Personas => _personas ?? throw new InvalidOperationException("The persona cloud has not started.");

    public PersonaTargets Targets => Personas.Targets;

    /// <summary>The persona cloud of this test process, started on first use and stopped when the process exits.</summary>
    public static Task<PersonaCloud> SharedAsync() => Shared.Value;

    public Task<string> TokenAsync(Persona persona) => Personas.TokenAsync(persona);

    public async Task InitializeAsync()
    {
        _identity = await IdentityServer.StartAsync(Options());
        _personas = await PersonaDirectory.CreateAsync(_identity);
    }

    public async Task DisposeAsync()
    {
        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }
    }

    /// <summary>Identity's settings; a derived fixture may change them.</summary>
    protected virtual IdentityServerOptions Options() => new();

    private static async Task<PersonaCloud> StartSharedAsync()
    {
        var cloud = new PersonaCloud();
        await cloud.InitializeAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cloud.DisposeAsync().Wait(TimeSpan.FromSeconds(10));
        return cloud;
    }
}
