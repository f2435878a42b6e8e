using System.Net;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Domain;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests.Quotas;

public sealed class UsageApiTests(QuotaApiServer server) : IClassFixture<QuotaApiServer>
{
    [Fact]
    public async Task GetUsage_ReportsTheCallersLimitsAndUsage()
    {
        var project = ImageApiServer.ProjectOf(ImagePersona.MemberB);
        server.Limits.Register(ImageQuotaResources.ImageSizeTotal, 1000);
        server.Limits.Register(ImageQuotaResources.ImageStageTotal, 500);
        server.Limits.Register(ImageQuotaResources.ImageCountTotal, 100);
        server.Limits.SetProjectLimit(project, ImageQuotaResources.ImageCountUploading, 2);
        await server.SeedImageAsync(project, ImageStatus.Active, QuotaApiServer.Bytes(3), stores: 2);
        await server.SeedImageAsync(project, ImageStatus.Uploading, QuotaApiServer.Bytes(2));
        await server.SeedImageAsync(project, ImageStatus.Killed, QuotaApiServer.Bytes(7), stores: 1);
        await server.SeedImageAsync(ImageApiServer.ProjectOf(ImagePersona.MemberC), ImageStatus.Active, QuotaApiServer.Bytes(9), stores: 1);

        var (status, body, response) = await server.SendAsync(HttpMethod.Get, "/v2/info/usage", ImagePersona.MemberB);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var usage = body.GetProperty("usage");
        Assert.Equal(
            ["image_size_total", "image_stage_total", "image_count_total", "image_count_uploading"],
            usage.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1000, 6), Read(usage, "image_size_total"));
        Assert.Equal((500, 2), Read(usage, "image_stage_total"));
        Assert.Equal((100, 2), Read(usage, "image_count_total"));
        Assert.Equal((2, 1), Read(usage, "image_count_uploading"));
    }

    [Fact]
    public async Task GetUsage_WithoutToken_Is401()
    {
        var (status, _, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/usage", persona: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task GetUsage_IdentityUnavailable_Is503()
    {
        server.Limits.Unavailable = true;
        try
        {
            var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/usage", ImagePersona.MemberA);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Contains("limits could not be read from Identity", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            server.Limits.Unavailable = false;
        }
    }

    private static (long Limit, long Usage) Read(System.Text.Json.JsonElement usage, string resource) =>
        (usage.GetProperty(resource).GetProperty("limit").GetInt64(), usage.GetProperty(resource).GetProperty("usage").GetInt64());
}
