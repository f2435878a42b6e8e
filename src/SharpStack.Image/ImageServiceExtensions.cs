using Microsoft.AspNetCore.Builder;
using SharpStack.Common;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Image.Api;
using SharpStack.Image.Application.Data;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Persistence;
using SharpStack.Messaging;

namespace SharpStack.Image;

/// <summary>Entry points the host calls to compose the Image service (Glance v2).</summary>
public static class ImageServiceExtensions
{
    /// <summary>Registers the Image service: the shared API plumbing (tokens validated by Identity), its database and application services.</summary>
    public static WebApplicationBuilder AddImage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSharpStackApi(new ServiceApiOptions
        {
            ServiceType = ServiceNames.Image,
            FaultFormat = ServiceFaultFormat.Image,
            TokenValidation = TokenValidationMode.Remote,
        });
        builder.Services.AddImagePersistence();
        builder.Services.AddImageApplication();
        builder.Services.AddImageData();
        builder.Services.AddImageQuotas(builder.Configuration);
        builder.Services.AddMetadefApi();
        builder.Services.AddSharpStackMessaging(builder.Configuration.GetSection("DEFAULT"));
        return builder;
    }

    /// <summary>Adds the API middleware and maps the Image (Glance v2) HTTP API.</summary>
    public static WebApplication MapImageApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSharpStackApi();
        app.MapVersionEndpoints();
        app.MapImageMetadataApi();
        app.MapImageDataApi();
        app.MapUsageEndpoints();
        app.MapMetadefApi();
        return app;
    }
}
