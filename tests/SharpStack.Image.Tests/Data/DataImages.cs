using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Data;

/// <summary>Puts images straight into the database and reads them back, for tests of the data API.</summary>
internal static class DataImages
{
    public static async Task<string> SeedAsync(
        this ImageServer server, Persona owner, string diskFormat = "raw", string status = ImageStatus.Queued, string visibility = ImageVisibility.Private)
    {
        var id = Guid.NewGuid().ToString();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        db.Images.Add(new ImageRecord
        {
            Id = id,
            Name = "data-test",
            Status = status,
            Visibility = visibility,
            Owner = server.ProjectOf(owner),
            DiskFormat = diskFormat,
            ContainerFormat = "bare",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return id;
    }

    public static async Task<ImageRecord> ReadAsync(this ImageServer server, string imageId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        return await db.Images.AsNoTracking().Include(i => i.Locations).Include(i => i.Properties).SingleAsync(i => i.Id == imageId);
    }

    /// <summary>Waits (without a fixed sleep) until the image satisfies <paramref name="condition"/>, for work the server finishes after answering.</summary>
    public static async Task<ImageRecord> WaitForAsync(this ImageServer server, string imageId, Func<ImageRecord, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var image = await server.ReadAsync(imageId);
            if (condition(image))
            {
                return image;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    public static string StoreFolder(this ImageServer server, string storeId = "file") =>
        Path.Combine(server.DataDirectory.FullName, "images", storeId);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "Glance's checksum is MD5 by definition.")]
    public static string Md5Hex(byte[] data) => Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(data));

    public static byte[] RandomBytes(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        return data;
    }
}
