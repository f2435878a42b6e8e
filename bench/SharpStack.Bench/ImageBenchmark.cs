using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SharpStack.Bench;

/// <summary>
/// Upload (<c>PUT /v2/images/{id}/file</c>) and download (<c>GET …/file</c>) throughput of one image against a running
/// Image service, each beside <c>dd</c> writing and reading the same amount in the store's folder, as a ratio.
/// </summary>
internal static class ImageBenchmark
{
    public static async Task<IReadOnlyList<string>> RunAsync(Uri identity, Uri image, string user, string password, string project, int mebibytes, string storeFolder, int rounds)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var identityHttp = new HttpClient { BaseAddress = new Uri(identity.ToString().TrimEnd('/') + "/") };
        var identityClient = new IdentityClient(identityHttp);
        var token = await identityClient.IssueWithPasswordAsync(user, password, project, CancellationToken.None)
            ?? throw new InvalidOperationException($"Could not get a token for {user} in project {project} from {identity}; is the cloud up and the password right?");
        var block = new byte[1 << 20];
        Random.Shared.NextBytes(block);
        // A fresh store makes its folder on the first upload; dd needs it before.
        Directory.CreateDirectory(storeFolder);
        var ddFile = Path.Combine(storeFolder, $"dd-baseline-{Guid.NewGuid():N}");
        var lines = new List<string>();
        var ratios = new List<(double Upload, double Download)>();

        for (var round = 1; round <= rounds; round++)
        {
            var ddWrite = DiskBaseline.Write(ddFile, mebibytes);
            var cold = DiskBaseline.DropCaches();
            var ddRead = DiskBaseline.Read(ddFile);
            File.Delete(ddFile);

            var id = await CreateAsync(http, image, token);
            var upload = await UploadAsync(http, image, token, id, new RepeatingStream((long)mebibytes << 20, block));
            DiskBaseline.DropCaches();
            var download = await DownloadAsync(http, image, token, id, (long)mebibytes << 20);
            await SendAsync(http, HttpMethod.Delete, new Uri(image, $"v2/images/{id}"), token, HttpStatusCode.NoContent);

            double Rate(TimeSpan elapsed) => mebibytes / elapsed.TotalSeconds;
            ratios.Add((Rate(upload) / Rate(ddWrite), Rate(download) / Rate(ddRead)));
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: upload {Rate(upload),7:F1} MiB/s  dd write {Rate(ddWrite),7:F1} MiB/s  ratio {ratios[^1].Upload:F2}  |  download {Rate(download),7:F1} MiB/s  dd read {Rate(ddRead),7:F1} MiB/s  ratio {ratios[^1].Download:F2}{(cold ? "" : "  (page cache not dropped: not root)")}"));
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"median of {rounds} ({mebibytes} MiB): upload/dd-write {Median(ratios.Select(r => r.Upload)):F2}  download/dd-read {Median(ratios.Select(r => r.Download)):F2}"));
        return lines;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<string> CreateAsync(HttpClient http, Uri image, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(image, "v2/images"))
        {
            Content = JsonContent.Create(new { name = "bench", disk_format = "raw", container_format = "bare" }),
        };
        request.Headers.Add("X-Auth-Token", token);
        using var response = await http.SendAsync(request);
        Check(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>From the first byte sent to the 204: the server has hashed, stored and recorded the image.</summary>
    private static async Task<TimeSpan> UploadAsync(HttpClient http, Uri image, string token, string id, Stream data)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(image, $"v2/images/{id}/file")) { Content = new StreamContent(data, 1 << 20) };
        request.Headers.Add("X-Auth-Token", token);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Content.Headers.ContentLength = data.Length;
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        watch.Stop();
        Check(response, HttpStatusCode.NoContent);
        return watch.Elapsed;
    }

    /// <summary>From the request to the last byte received (and discarded).</summary>
    private static async Task<TimeSpan> DownloadAsync(HttpClient http, Uri image, string token, string id, long expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(image, $"v2/images/{id}/file"));
        request.Headers.Add("X-Auth-Token", token);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Check(response, HttpStatusCode.OK);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 20];
        long received = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            received += read;
        }

        watch.Stop();
        if (received != expected)
        {
            throw new InvalidOperationException($"GET {id}/file gave {received} bytes, expected {expected}.");
        }

        return watch.Elapsed;
    }

    private static async Task SendAsync(HttpClient http, HttpMethod method, Uri uri, string token, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("X-Auth-Token", token);
        using var response = await http.SendAsync(request);
        Check(response, expected);
    }

    private static void Check(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}.");
        }
    }
}
