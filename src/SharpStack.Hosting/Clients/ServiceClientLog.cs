using System.Net;
using Microsoft.Extensions.Logging;

namespace SharpStack.Hosting.Clients;

internal static partial class ServiceClientLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Uri} to the {ServiceType} service failed to connect; retrying in {Delay} ({Retries} retries left)")]
    public static partial void Retrying(ILogger logger, Exception exception, HttpMethod method, Uri uri, string serviceType, TimeSpan delay, int retries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {ServiceType} service answered 503 to {Method} {Uri}; retrying in {Delay} ({Retries} retries left)")]
    public static partial void RetryingUnavailable(ILogger logger, string serviceType, HttpMethod method, Uri uri, TimeSpan delay, int retries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Uri} to the {ServiceType} service failed: {Failure}")]
    public static partial void Failed(ILogger logger, Exception? exception, HttpMethod method, Uri? uri, string serviceType, ServiceCallFailure failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {ServiceType} service refused the service token for {Method} {Uri}; renewing it and sending once more")]
    public static partial void RenewingRefusedToken(ILogger logger, string serviceType, HttpMethod method, Uri uri);

    [LoggerMessage(Level = LogLevel.Information, Message = "The catalog has no {ServiceType} endpoint for interfaces {Interfaces} in region {Region}; renewing the token to refresh it")]
    public static partial void RefreshingCatalog(ILogger logger, string serviceType, string interfaces, string? region);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Uri} to the {ServiceType} service answered {StatusCode}")]
    public static partial void Answered(ILogger logger, HttpMethod method, Uri uri, string serviceType, HttpStatusCode statusCode);
}
