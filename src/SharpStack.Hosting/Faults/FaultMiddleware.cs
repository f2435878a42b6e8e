using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SharpStack.Common.Faults;
using SharpStack.Hosting.RequestIds;

namespace SharpStack.Hosting.Faults;

/// <summary>
/// The one place where errors become OpenStack fault bodies: thrown <see cref="OpenStackException"/>s,
/// Kestrel's bad-request errors (and the I/O errors it raises for a malformed body), bodiless error statuses (unmatched
/// routes), and unexpected exceptions (500).
/// </summary>
internal sealed partial class FaultMiddleware(RequestDelegate next, FaultWriter writer, ILogger<FaultMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        Fault fault;
        IEnumerable<KeyValuePair<string, string>> headers = [];
        try
        {
            await next(context);
            if (context.Response.HasStarted || context.Response.StatusCode < 400
                || context.Response.ContentLength is not null || context.Response.ContentType is not null)
            {
                return;
            }

            fault = new Fault(context.Response.StatusCode, FaultDefaults.Message(context.Response.StatusCode));
        }
        catch (OpenStackException exception)
        {
            fault = Fault.From(exception);
            headers = exception.Headers;
            LogFault(fault.StatusCode, exception.Message);
        }
        catch (BadHttpRequestException exception)
        {
            fault = exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new Fault(413, RequestEntityTooLargeMessage)
                : new Fault(exception.StatusCode, exception.Message);
            LogFault(fault.StatusCode, exception.Message);
        }
        catch (Exception exception) when (ServerReadFailures.IsMalformedRequest(exception, context))
        {
            fault = new Fault(StatusCodes.Status400BadRequest, exception.Message);
            LogFault(fault.StatusCode, exception.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            LogClientDisconnected();
            return;
        }
#pragma warning disable CA1031 // Every unexpected exception must still produce the service's 500 body.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUnexpected(exception, context.Features.Get<RequestContextFeature>()?.RequestId, context.Request.Method, context.Request.Path);
            fault = new Fault(500, writer.Format.InternalErrorMessage);
        }

        if (context.Response.HasStarted)
        {
            LogTooLate(fault.StatusCode);
            context.Abort();
            return;
        }

        await writer.WriteAsync(context, fault, headers);
    }

    public const string RequestEntityTooLargeMessage = "Request is too large.";

    [LoggerMessage(Level = LogLevel.Information, Message = "Request failed with {StatusCode}: {Reason}")]
    private partial void LogFault(int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error in request {RequestId} {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string? requestId, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {StatusCode} fault happened after the response started; the connection is aborted")]
    private partial void LogTooLate(int statusCode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client disconnected")]
    private partial void LogClientDisconnected();
}
