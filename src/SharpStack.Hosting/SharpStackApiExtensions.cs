using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SharpStack.Common.Json;
using SharpStack.Common.Requests;
using SharpStack.Hosting.Auth;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Clients;
using SharpStack.Hosting.Faults;
using SharpStack.Hosting.Messaging;
using SharpStack.Hosting.Microversions;
using SharpStack.Hosting.RequestIds;
using SharpStack.Hosting.Urls;
using SharpStack.Hosting.Versions;

namespace SharpStack.Hosting;

/// <summary>The one-line entry points that give a service host the shared OpenStack API plumbing.</summary>
public static class SharpStackApiExtensions
{
    /// <summary>
    /// Registers request ids, fault bodies, body limits, snake_case JSON, microversions (when declared) and token
    /// validation (as <see cref="ServiceApiOptions.TokenValidation"/> says), binding <c>[api]</c> and <c>[keystone_authtoken]</c>.
    /// </summary>
    public static IHostApplicationBuilder AddSharpStackApi(this IHostApplicationBuilder builder, ServiceApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddOptions<HttpApiOptions>().Bind(builder.Configuration.GetSection(HttpApiOptions.SectionName));

        // [oslo_middleware] is the name OpenStack operators know; the older [api] key is bound first so that it loses.
        services.AddOptions<ProxyHeadersOptions>()
            .Bind(builder.Configuration.GetSection(HttpApiOptions.SectionName))
            .Bind(builder.Configuration.GetSection(ProxyHeadersOptions.SectionName));
        services.ConfigureHttpJsonOptions(json =>
        {
            OpenStackJson.Configure(json.SerializerOptions);
            options.ConfigureJson?.Invoke(json.SerializerOptions);
        });
        services.AddHttpContextAccessor();
        services.TryAddScoped<IRequestContext>(provider =>
            provider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext?.GetRequestContext()
            ?? throw new InvalidOperationException("IRequestContext is only available while serving a request."));
        services.TryAddSingleton<FaultWriter>();
        services.TryAddSingleton(TimeProvider.System);
        if (options.Microversions is not null)
        {
            services.AddSingleton(options.Microversions);
        }

        if (options.EffectiveTokenValidation == TokenValidationMode.Local)
        {
            // The validator is the service's own (registered by it); only the service-token settings are read here.
            services.AddServiceClientCore();
        }
        else if (options.EffectiveTokenValidation == TokenValidationMode.Remote)
        {
            services.AddServiceClientCore();
            services.AddOptions<KeystoneAuthTokenOptions>()
                .Validate(auth => auth.AuthUrl is not null, "keystone_authtoken.auth_url is required when tokens are validated.")
                .ValidateOnStart();
            services.AddIdentityClients();
            services.TryAddSingleton<TokenCache>();
        }

        return builder;
    }

    /// <summary>
    /// Adds the plumbing middlewares in order: request id, faults, public address (Host and proxy headers checked), NUL
    /// characters in the URL refused, routing, body limit, token validation, microversion, bus context.
    /// </summary>
    public static WebApplication UseSharpStackApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<ServiceApiOptions>();
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<PublicAddressMiddleware>();
        app.UseMiddleware<UrlNulMiddleware>();
        app.UseRouting();
        app.UseMiddleware<BodyLimitMiddleware>();
        if (options.EffectiveTokenValidation != TokenValidationMode.None)
        {
            app.UseMiddleware<TokenValidationMiddleware>();
        }

        if (options.Microversions is not null)
        {
            app.UseMiddleware<MicroversionMiddleware>();
        }

        app.UseMiddleware<BusContextMiddleware>();
        return app;
    }
}
