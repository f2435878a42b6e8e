using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;
using SharpStack.Testing.Identity;

namespace SharpStack.Image.Tests.Quotas;

/// <summary>
/// The Image API with <c>use_keystone_limits = true</c>, listed in Identity's catalog as an image service of its own
/// (<c>[oslo_limit] endpoint_service_name</c>); tests set its unified limits through Identity's REST API
/// (<see cref="Limits"/>), and the Image service reads them from there.
/// </summary>
public class QuotaServer : ImageServer
{
    private const long MiB = 1024 * 1024;
    private IdentityLimits? _limits;

    /// <summary>The Image service's registered and project limits in Identity, set as the admin.</summary>
    public IdentityLimits Limits => _limits ?? throw new InvalidOperationException("The server has not started.");

    protected override string CatalogType => "image";

    internal static long Bytes(double mebibytes) => (long)(mebibytes * MiB);

    /// <summary>Removes every limit, then registers each image resource with <paramref name="defaultLimit"/>.</summary>
    public async Task ResetLimitsAsync(long defaultLimit = ImageQuotaResources.Unlimited)
    {
        await Limits.ClearAsync();
        foreach (var resource in ImageQuotaResources.All)
        {
            await Limits.RegisterAsync(resource, defaultLimit);
        }
    }

    /// <summary>A new project in Identity, for a test whose limits must not meet another test's images.</summary>
    public Task<string> CreateProjectAsync() => Personas.Admin.CreateAsync(
        "v3/projects", "project", new JsonObject { ["name"] = $"quota-{Guid.NewGuid():N}", ["domain_id"] = "default" });

    /// <summary>Adds an image row directly, with one location per store, as uploads and imports leave them.</summary>
    internal async Task<string> SeedImageAsync(string owner, string status, long? size = null, int stores = 0, string? importingToStores = null)
    {
        var id = Guid.NewGuid().ToString();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        var now = DateTime.UtcNow;
        var image = new ImageRecord
        {
            Id = id, Status = status, Visibility = ImageVisibility.Private, Owner = owner, Size = size, CreatedAt = now, UpdatedAt = now,
        };
        for (var store = 0; store < stores; store++)
        {
            image.Locations.Add(new ImageLocation { ImageId = id, StoreId = $"store{store}", Url = $"file:///store{store}/{id}", CreatedAt = now });
        }

        if (importingToStores is not null)
        {
            image.Properties.Add(new ImageProperty { ImageId = id, Name = ImageUsageCounter.ImportingToStoresProperty, Value = importingToStores });
        }

        db.Images.Add(image);
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>Runs <paramref name="action"/> with the request-scoped enforcer, as an endpoint would.</summary>
    internal async Task WithEnforcerAsync(Func<ImageQuotaEnforcer, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ImageQuotaEnforcer>());
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [.. base.Settings(), new("DEFAULT:use_keystone_limits", "true"), new("oslo_limit:endpoint_service_name", CatalogName)];

    protected override async Task StartedAsync()
    {
        await base.StartedAsync();
        _limits = new IdentityLimits(Personas.Admin, CatalogServiceId!);
    }
}
