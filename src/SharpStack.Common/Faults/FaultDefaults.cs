namespace SharpStack.Common.Faults;

/// <summary>The generic explanation and title of each HTTP error status, as webob words them.</summary>
public static class FaultDefaults
{
    private static readonly Dictionary<int, (string Title, string Message)> Known = new()
    {
        [400] = ("Bad Request", "The server could not comply with the request since it is either malformed or otherwise incorrect."),
        [401] = ("Unauthorized", "The request you have made requires authentication."),
        [403] = ("Forbidden", "Access was denied to this resource."),
        [404] = ("Not Found", "The resource could not be found."),
        [405] = ("Method Not Allowed", "The method is not allowed for this resource."),
        [406] = ("Not Acceptable", "The resource could not be generated that was acceptable to your user agent."),
        [408] = ("Request Timeout", "The server has waited too long for the request to be sent by the client."),
        [409] = ("Conflict", "There was a conflict when trying to complete your request."),
        [411] = ("Length Required", "Content-Length header required."),
        [412] = ("Precondition Failed", "A precondition for this request was not met."),
        [413] = ("Request Entity Too Large", "The body of your request was too large for this server."),
        [414] = ("Request-URI Too Long", "The request URI was too long for this server."),
        [415] = ("Unsupported Media Type", "The request media type is not supported by this server."),
        [416] = ("Requested Range Not Satisfiable", "The Range requested is not available."),
        [422] = ("Unprocessable Entity", "Unable to process the contained instructions"),
        [429] = ("Too Many Requests", "The client has sent too many requests in a given amount of time."),
        [431] = ("Request Header Fields Too Large", "The request header fields were too large."),
        [500] = ("Internal Server Error", "The server has either erred or is incapable of performing the requested operation."),
        [501] = ("Not Implemented", "The request method is not implemented by this server."),
        [502] = ("Bad Gateway", "Bad gateway."),
        [503] = ("Service Unavailable", "The server is currently unavailable. Please try again at a later time."),
        [504] = ("Gateway Timeout", "The gateway has timed out."),
        [505] = ("HTTP Version Not Supported", "The HTTP version is not supported."),
    };

    public static string Title(int statusCode) =>
        Known.TryGetValue(statusCode, out var known) ? known.Title : statusCode >= 500 ? "Internal Server Error" : "Bad Request";

    public static string Message(int statusCode) =>
        Known.TryGetValue(statusCode, out var known) ? known.Message : Message(statusCode >= 500 ? 500 : 400);

    /// <summary>The webob exception class name for a status, which Neutron uses as its default error type.</summary>
    public static string WebobClassName(int statusCode) => statusCode switch
    {
        413 => "HTTPRequestEntityTooLarge",
        414 => "HTTPRequestURITooLong",
        416 => "HTTPRequestRangeNotSatisfiable",
        500 => "HTTPInternalServerError",
        505 => "HTTPVersionNotSupported",
        _ => "HTTP" + Title(statusCode).Replace(" ", string.Empty, StringComparison.Ordinal),
    };
}
