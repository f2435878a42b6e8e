using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using SharpStack.Image.Domain;
using SharpStack.Image.Tests.Data;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Import;

public sealed class ImportTests(MultiStoreServer server) : IClassFixture<MultiStoreServer>
{
    private static readonly byte[] Data = DataImages.RandomBytes((1024 * 1024) + 4321);
    private static readonly string[] CheapOnly = ["cheap"];

    [Fact]
    public async Task GlanceDirect_AfterStaging_ActivatesTheImageAndTheTaskSucceeds()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        using var stage = await server.PutDataAsync($"/v2/images/{id}/stage", Persona.ProjectMember, new ByteArrayContent(Data));
        Assert.Equal(HttpStatusCode.NoContent, stage.StatusCode);
        var staged = await server.ReadAsync(id);
        Assert.Equal(ImageStatus.Uploading, staged.Status);
        Assert.Equal(Data.Length, staged.Size);

        var (status, _, accepted) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember, """{"method": {"name": "glance-direct"}}""");
        Assert.Equal(HttpStatusCode.Accepted, status);

        var image = await server.WaitForAsync(id, i => i.Status == ImageStatus.Active && !i.Properties.Any(p => p.Name == "os_glance_import_task"));
        Assert.Equal(DataImages.Md5Hex(Data), image.Checksum);
        Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(Data)), image.OsHashValue);
        Assert.Equal("fast", Assert.Single(image.Locations).StoreId);
        Assert.Equal("", image.Properties.Single(p => p.Name == "os_glance_importing_to_stores").Value);
        Assert.Equal("", image.Properties.Single(p => p.Name == "os_glance_failed_import").Value);
        Assert.False(File.Exists(Path.Combine(server.StoreFolder("os_glance_staging_store"), id)));

        var task = await WaitForTaskAsync(id, "success");
        Assert.Equal("api_image_import", task.GetProperty("type").GetString());
        Assert.Equal(accepted.Headers.GetValues("X-OpenStack-Request-Id").Single(), task.GetProperty("request_id").GetString());
        Assert.Equal(id, task.GetProperty("result").GetProperty("image_id").GetString());
        Assert.Equal("glance-direct", task.GetProperty("input").GetProperty("import_req").GetProperty("method").GetProperty("name").GetString());
        using var download = await server.DownloadAsync(id, Persona.ProjectMember);
        Assert.Equal(Data, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GlanceDirect_WithoutStagedData_Answers409()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember, """{"method": {"name": "glance-direct"}}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Image needs to be staged before 'glance-direct' method can be used", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebDownload_FromAllowedLocalHost_ActivatesTheImage()
    {
        await using var source = await LocalHttpSource.StartAsync(Data);
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember,
            JsonSerializer.Serialize(new { method = new { name = "web-download", uri = source.ImageUri.AbsoluteUri }, stores = CheapOnly }));

        Assert.Equal(HttpStatusCode.Accepted, status);
        var image = await server.WaitForAsync(id, i => i.Status == ImageStatus.Active);
        Assert.Equal(DataImages.Md5Hex(Data), image.Checksum);
        Assert.Equal("cheap", Assert.Single(image.Locations).StoreId);
        Assert.Equal(Data, await File.ReadAllBytesAsync(Path.Combine(server.StoreFolder("cheap"), id)));
    }

    [Theory]
    [InlineData("http://192.0.2.10/image")]
    [InlineData("ftp://127.0.0.1/image")]
    [InlineData("http://2130706433/image")]
    public async Task WebDownload_UriOutsideTheFilter_Answers400AndChangesNothing(string uri)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember,
            JsonSerializer.Serialize(new { method = new { name = "web-download", uri } }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("URI for web-download does not pass filtering", body.ToString(), StringComparison.Ordinal);
        Assert.Equal(ImageStatus.Queued, (await server.ReadAsync(id)).Status);
    }

    [Fact]
    public async Task WebDownload_SourceAnswers404_TaskFailsAndImageReturnsToQueued()
    {
        await using var source = await LocalHttpSource.StartAsync(Data);
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember,
            JsonSerializer.Serialize(new { method = new { name = "web-download", uri = new Uri(source.ImageUri, "/missing").AbsoluteUri } }));

        Assert.Equal(HttpStatusCode.Accepted, status);
        var task = await WaitForTaskAsync(id, "failure");
        Assert.Contains("404", task.GetProperty("message").GetString(), StringComparison.Ordinal);
        var image = await server.WaitForAsync(id, i => !i.Properties.Any(p => p.Name == "os_glance_import_task"));
        Assert.Equal(ImageStatus.Queued, image.Status);
        Assert.Equal("fast", image.Properties.Single(p => p.Name == "os_glance_failed_import").Value);
        Assert.Empty(image.Locations);
    }

    [Fact]
    public async Task Import_UnknownMethodOrBadFlag_Answers400()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (unknown, unknownBody, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember, """{"method": {"name": "carrier-pigeon"}}""");
        var (flag, flagBody, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember, """{"method": {"name": "glance-direct"}, "all_stores": "yes"}""");

        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("Unknown import method name 'carrier-pigeon'.", unknownBody.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, flag);
        Assert.Contains("'all_stores' must be boolean value only", flagBody.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopyImage_ByAdminToAllStores_CopiesIntoTheOtherStoreThenOneCopyCanBeDeleted()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        (await server.UploadAsync(id, Persona.ProjectMember, Data)).Dispose();

        var (memberStatus, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember, """{"method": {"name": "copy-image"}, "all_stores": true}""");
        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.CloudAdmin, """{"method": {"name": "copy-image"}, "all_stores": true}""");

        Assert.Equal(HttpStatusCode.Forbidden, memberStatus);
        Assert.Equal(HttpStatusCode.Accepted, status);
        var image = await server.WaitForAsync(id, i => i.Locations.Count == 2 && !i.Properties.Any(p => p.Name == "os_glance_import_task"));
        Assert.Equal(ImageStatus.Active, image.Status);
        Assert.Equal(Data, await File.ReadAllBytesAsync(Path.Combine(server.StoreFolder("cheap"), id)));
        var (show, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);
        Assert.Equal(HttpStatusCode.OK, show);
        Assert.Equal(["cheap", "fast"], shown.GetProperty("stores").GetString()!.Split(',').Order());

        var (deleted, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/stores/fast/{id}", Persona.CloudAdmin);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.False(File.Exists(Path.Combine(server.StoreFolder("fast"), id)));
        var (last, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/stores/cheap/{id}", Persona.CloudAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, last);
        using var download = await server.DownloadAsync(id, Persona.ProjectMember);
        Assert.Equal(Data, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task CopyImage_ToAllStoresWhenEveryStoreHasIt_ReportsNothingLeftToCopy()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        (await server.UploadAsync(id, Persona.ProjectMember, Data, store: "fast")).Dispose();
        (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.CloudAdmin, """{"method": {"name": "copy-image"}, "stores": ["cheap"]}""")).Response.Dispose();
        await server.WaitForAsync(id, i => i.Locations.Count == 2 && !i.Properties.Any(p => p.Name == "os_glance_import_task"));

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.CloudAdmin, """{"method": {"name": "copy-image"}, "all_stores": true, "all_stores_must_succeed": false}""");
        var (_, image, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("", image.GetProperty("os_glance_importing_to_stores").GetString());
        Assert.Equal("", image.GetProperty("os_glance_failed_import").GetString());
    }

    [Fact]
    public async Task CopyImage_IntoAStoreThatHasIt_Answers400()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        (await server.UploadAsync(id, Persona.ProjectMember, Data)).Dispose();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.CloudAdmin, """{"method": {"name": "copy-image"}, "stores": ["fast"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Image is already present at store 'fast'", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithStoreHeader_WritesIntoThatStore()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        using var response = await server.UploadAsync(id, Persona.ProjectMember, Data, store: "cheap");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("cheap", Assert.Single((await server.ReadAsync(id)).Locations).StoreId);
        Assert.True(File.Exists(Path.Combine(server.StoreFolder("cheap"), id)));
    }

    [Fact]
    public async Task DeleteImage_RemovesItsStoredData()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        (await server.UploadAsync(id, Persona.ProjectMember, Data)).Dispose();

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.False(File.Exists(Path.Combine(server.StoreFolder("fast"), id)));
    }

    [Fact]
    public async Task Tasks_OnlyAdminsReachTheTasksApi()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        (await server.PutDataAsync($"/v2/images/{id}/stage", Persona.ProjectMember, new ByteArrayContent(Data))).Dispose();
        await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/import", Persona.ProjectMember, """{"method": {"name": "glance-direct"}}""");
        var taskId = (await WaitForTaskAsync(id, "success")).GetProperty("id").GetString();

        var (member, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/tasks/{taskId}", Persona.ProjectMember);
        var (admin, task, _) = await server.SendAsync(HttpMethod.Get, $"/v2/tasks/{taskId}", Persona.CloudAdmin);
        var (list, tasks, _) = await server.SendAsync(HttpMethod.Get, "/v2/tasks?status=success", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, member);
        Assert.Equal(HttpStatusCode.OK, admin);
        Assert.Equal("success", task.GetProperty("status").GetString());
        Assert.Equal($"/v2/tasks/{taskId}", task.GetProperty("self").GetString());
        Assert.Equal(HttpStatusCode.OK, list);
        Assert.Contains(tasks.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("id").GetString() == taskId);
        Assert.Equal("/v2/schemas/tasks", tasks.GetProperty("schema").GetString());
    }

    private async Task<JsonElement> WaitForTaskAsync(string imageId, string status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var (code, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{imageId}/tasks", Persona.ProjectMember);
            Assert.Equal(HttpStatusCode.OK, code);
            var task = body.GetProperty("tasks").EnumerateArray().FirstOrDefault();
            if (task.ValueKind == JsonValueKind.Object && task.GetProperty("status").GetString() == status)
            {
                return task;
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
