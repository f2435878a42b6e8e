using System.Net;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Domain;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Quotas;

public sealed class UsageApiTests(QuotaServer server) : IClassFixture<QuotaServer>
{
    [Fact]
    public async Task GetUsage_ReportsTheCallersLimitsAndUsage()
    {
        var project = server.ProjectOf(Persona.ProjectBMember);
        await server.Limits.RegisterAsync(ImageQuotaResources.ImageSizeTotal, 1000);
        await server.Limits.RegisterAsync(ImageQuotaResources.ImageStageTotal, 500);
        await server.Limits.RegisterAsync(ImageQuotaResources.ImageCountTotal, 100);
        await server.Limits.SetProjectLimitAsync(project, ImageQuotaResources.ImageCountUploading, 2);
        await server.SeedImageAsync(project, ImageStatus.Active, QuotaServer.Bytes(3), stores: 2);
        await server.SeedImageAsync(project, ImageStatus.Uploading, QuotaServer.Bytes(2));
        await server.SeedImageAsync(project, ImageStatus.Killed, QuotaServer.Bytes(7), stores: 1);
        await server.SeedImageAsync(server.ProjectOf(Persona.ProjectCMember), ImageStatus.Active, QuotaServer.Bytes(9), stores: 1);

        var (status, body, response) = await server.SendAsync(HttpMethod.Get, "/v2/info/usage", Persona.ProjectBMember);

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

    private static (long Limit, long Usage) Read(System.Text.Json.JsonElement usage, string resource) =>
        (usage.GetProperty(resource).GetProperty("limit").GetInt64(), usage.GetProperty(resource).GetProperty("usage").GetInt64());
}
