using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SharpStack.Hosting.RequestIds;
using SharpStack.Messaging;

namespace SharpStack.Hosting.Messaging;

/// <summary>
/// Makes the request's id, the caller's global request id and the caller the ambient <see cref="MessageContext"/>, so every bus message an API
/// handler sends carries them to the conductor, scheduler and agents.
/// </summary>
internal sealed class BusContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Features.GetRequiredFeature<RequestContextFeature>();
        var auth = request.Auth;
        var message = new MessageContext
        {
            RequestId = request.RequestId,
            GlobalRequestId = request.GlobalRequestId,
            UserId = auth?.UserId,
            ProjectId = auth?.ProjectId,
            DomainId = auth?.DomainId ?? auth?.ProjectDomainId,
            Roles = auth?.Roles ?? [],
            IsSystemScope = auth?.SystemScope is not null,
            AuthToken = auth?.Token,
        };
        using var scope = MessageContext.BeginScope(message);
        await next(context);
    }
}
