using System.Globalization;
using System.Net;
using SharpStack.Testing.Clouds;
using SharpStack.Testing.Streams;

namespace SharpStack.IntegrationTests.Image;

/// <summary>
/// The Image service's data path under load and failure, against a real <c>sharpstack up</c>: a 2 GiB round trip in
/// bounded memory, and a SIGKILL in the middle of an upload that leaves no partial image behind.
/// </summary>
public sealed class ImageDataRobustnessTests
{
    private const long MiB = 1024 * 1024;

    private static readonly string[] NotActiveAfterKill = ["queued", "killed"];

    [Fact]
    public async Task UploadAndDownload2GiB_PeakMemoryGrowsLessThan100MiB()
    {
        await using var cloud = new CloudProcess();
        await cloud.StartAsync();
        var api = await ConnectAsync(cloud);
        await RoundTripAsync(api, 8 * MiB);
        var residentBefore = ReadMemory(cloud.ProcessId, "VmRSS");
        var peakBefore = ResetPeak(cloud.ProcessId) ? residentBefore : ReadMemory(cloud.ProcessId, "VmHWM");

        var (uploaded, downloaded, response) = await RoundTripAsync(api, 2048 * MiB);

        var growth = ReadMemory(cloud.ProcessId, "VmHWM") - peakBefore;
        Assert.Equal(uploaded.Md5, downloaded.Md5);
        Assert.Equal(2048 * MiB, downloaded.Size);
        Assert.Equal(2048 * MiB, response.Content.Headers.ContentLength);
        Assert.True(growth < 100 * MiB, $"peak resident memory grew by {growth / MiB} MiB (before: resident {residentBefore / MiB} MiB)");
    }

    [Fact]
    public async Task KillDuringUpload_RestartedImageIsNotActiveAndHasNoData()
    {
        await using var cloud = new CloudProcess();
        await cloud.StartAsync();
        var api = await ConnectAsync(cloud);
        var id = await api.CreateAsync("killed-upload");
        var filesBefore = DataFiles(cloud.DataDirectory);
        using var abandon = new CancellationTokenSource();
        var upload = api.UploadAsync(id, new GeneratedStream(16L * 1024 * MiB), abandon.Token);

        await WaitForAsync(() => GrowingFileExists(cloud.DataDirectory, filesBefore, 16 * MiB), "the upload never wrote 16 MiB under the data folder");
        await cloud.KillAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => upload);
        await cloud.StartAsync();
        api = await ConnectAsync(cloud);

        var image = await api.ShowAsync(id);
        Assert.Contains(image.GetProperty("status").GetString(), NotActiveAfterKill);
        using var download = await api.DownloadAsync(id, body => body.CopyToAsync(Stream.Null));
        Assert.Equal(HttpStatusCode.NoContent, download.StatusCode);
        Assert.Equal(0, download.Content.Headers.ContentLength ?? 0);
        var stray = DataFiles(cloud.DataDirectory).Keys.Except(filesBefore.Keys).Where(path => !IsDatabaseOrLog(path)).ToList();
        Assert.True(stray.Count == 0, "files left by the killed upload: " + string.Join(", ", stray));
    }

    private static async Task<(Hashes Uploaded, Hashes Downloaded, HttpResponseMessage Response)> RoundTripAsync(ImageApi api, long size)
    {
        var id = await api.CreateAsync($"round-trip-{size / MiB}");
        await using var data = new GeneratedStream(size, (ulong)size);
        Assert.Equal(HttpStatusCode.NoContent, await api.UploadAsync(id, data));
        var image = await api.ShowAsync(id);
        Assert.Equal("active", image.GetProperty("status").GetString());
        Assert.Equal(size, image.GetProperty("size").GetInt64());
        Assert.Equal(data.Md5(), image.GetProperty("checksum").GetString());

        Hashes? downloaded = null;
        var response = await api.DownloadAsync(id, async body => downloaded = await Hashes.OfAsync(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (new Hashes(data.Md5(), "", size), downloaded!, response);
    }

    private static Task<ImageApi> ConnectAsync(CloudProcess cloud) =>
        ImageApi.ConnectAsync(cloud.Url("identity"), cloud.RootUrl("image"), cloud.AdminPassword);

    /// <summary>A <c>VmHWM</c> (peak resident) or <c>VmRSS</c> line of <c>/proc/PID/status</c>, in bytes.</summary>
    private static long ReadMemory(int processId, string field)
    {
        var line = File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status")
            .Single(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kib = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib * 1024;
    }

    /// <summary>Resets the kernel's peak-resident counter (VmHWM) of the process; false where the kernel refuses.</summary>
    private static bool ResetPeak(int processId)
    {
        try
        {
            File.WriteAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Dictionary<string, long> DataFiles(DirectoryInfo folder) =>
        folder.EnumerateFiles("*", SearchOption.AllDirectories).ToDictionary(file => file.FullName, file => file.Length);

    private static bool GrowingFileExists(DirectoryInfo folder, Dictionary<string, long> before, long atLeast) =>
        DataFiles(folder).Any(file => file.Value >= atLeast && (!before.TryGetValue(file.Key, out var size) || size < file.Value) && !IsDatabaseOrLog(file.Key));

    private static bool IsDatabaseOrLog(string path) =>
        path.EndsWith("-wal", StringComparison.Ordinal) || path.EndsWith("-shm", StringComparison.Ordinal)
        || path.EndsWith("-journal", StringComparison.Ordinal) || path.EndsWith(".log", StringComparison.Ordinal);

    private static async Task WaitForAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(50);
        }
    }
}
