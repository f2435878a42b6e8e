using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Tests.Quotas;

/// <summary>The Image API with <c>use_keystone_limits = true</c> and the limits of <see cref="Limits"/> in place of Identity.</summary>
public sealed class QuotaApiServer : ImageApiServer
{
    private const long MiB = 1024 * 1024;

    internal FakeLimitSource Limits { get; } = new();

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

    internal static long Bytes(double mebibytes) => (long)(mebibytes * MiB);

    /// <summary>Runs <paramref name="action"/> with the request-scoped enforcer, as an endpoint would.</summary>
    internal async Task WithEnforcerAsync(Func<ImageQuotaEnforcer, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ImageQuotaEnforcer>());
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [.. base.Settings(), new("DEFAULT:use_keystone_limits", "true")];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IProjectLimitSource>(Limits));
}
