using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;

namespace SharpStack.Hosting.Urls;

/// <summary>
/// Refuses a NUL character in the decoded path or in a query parameter's name or value with 400, before any route can
/// take it into a database query: PostgreSQL's text cannot hold NUL and would fail the request with a 500.
/// </summary>
internal sealed class UrlNulMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true)
        {
            throw new BadRequestException("Invalid path: a NUL character (%00) is not allowed.");
        }

        // Only a percent-encoded NUL decodes to one; the request line itself cannot carry the raw byte.
        if (context.Request.QueryString.Value is { } query && query.Contains("%00", StringComparison.Ordinal))
        {
            foreach (var (name, values) in context.Request.Query)
            {
                if (name.Contains('\0', StringComparison.Ordinal) || values.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true))
                {
                    throw new BadRequestException($"Invalid query parameter {name.Replace("\0", "%00", StringComparison.Ordinal)}: a NUL character (%00) is not allowed.");
                }
            }
        }

        return next(context);
    }
}
