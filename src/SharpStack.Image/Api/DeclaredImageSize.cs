using System.Globalization;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Api;

/// <summary>The size an upload or stage request declares: <c>x-openstack-image-size</c>, else Content-Length, else unknown (Glance's RequestDeserializer).</summary>
internal static class DeclaredImageSize
{
    public const string HeaderName = "x-openstack-image-size";

    /// <exception cref="BadRequestException">The header is not an integer.</exception>
    public static long? Read(HttpRequest request)
    {
        var header = request.Headers[HeaderName];
        if (header.Count == 0)
        {
            return request.ContentLength is > 0 ? request.ContentLength : null;
        }

        return long.TryParse(header.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size)
            ? size
            : throw new BadRequestException("Invalid or missing image size in request headers.");
    }
}
