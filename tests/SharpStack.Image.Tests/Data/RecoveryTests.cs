using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Data;

public sealed class RecoveryTests
{
    [Fact]
    public async Task Restart_AfterCrashMidUpload_LeavesImageQueuedAndRemovesPartialAndOrphanData()
    {
        var folder = Directory.CreateTempSubdirectory("sharpstack-image-recovery");
        try
        {
            string saving, active, staging;
            var first = new FolderServer(folder);
            await first.InitializeAsync();
            saving = await first.SeedAsync(Persona.ProjectMember);
            staging = await first.SeedAsync(Persona.ProjectMember, status: ImageStatus.Uploading);
            active = await first.SeedAsync(Persona.ProjectMember);
            (await first.UploadAsync(active, Persona.ProjectMember, [7, 7, 7])).Dispose();
            await using (var scope = first.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
                var image = await db.Images.SingleAsync(i => i.Id == saving);
                image.Status = ImageStatus.Saving;
                image.Size = 3;
                await db.SaveChangesAsync();
            }

            await first.DisposeAsync();

            // What a process killed mid-upload leaves: the saving row, a partial file, and a renamed file whose row was never updated.
            var store = Path.Combine(folder.FullName, "images", "file");
            await File.WriteAllBytesAsync(Path.Combine(store, $"{saving}.0123456789abcdef.partial"), [1, 2]);
            await File.WriteAllBytesAsync(Path.Combine(store, saving), [1, 2, 3]);

            var second = new FolderServer(folder);
            await second.InitializeAsync();
            try
            {
                var recovered = await second.ReadAsync(saving);
                Assert.Equal(ImageStatus.Queued, recovered.Status);
                Assert.Null(recovered.Size);
                Assert.Empty(recovered.Locations);
                Assert.Equal([active], Directory.GetFiles(store).Select(Path.GetFileName));
                Assert.Equal(ImageStatus.Active, (await second.ReadAsync(active)).Status);
                Assert.Equal(ImageStatus.Queued, (await second.ReadAsync(staging)).Status);
                using var download = await second.DownloadAsync(active, Persona.ProjectMember);
                Assert.Equal([7, 7, 7], await download.Content.ReadAsByteArrayAsync());
            }
            finally
            {
                await second.DisposeAsync();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>An Image API over a data folder that outlives it, as a process restarted on the same folder.</summary>
    private sealed class FolderServer(DirectoryInfo folder) : ImageServer
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            [.. base.Settings(), new("database:data_dir", folder.FullName)];
    }
}
