using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace SharpStack.Image.Api;

/// <summary>The <c>first</c> and <c>next</c> paths of an image list (glance/api/v2/images.py ResponseSerializer.index).</summary>
internal static class ImageListLinks
{
    public static string First(IQueryCollection query) => WithQuery(Kept(query));

    public static string Next(IQueryCollection query, string marker) => WithQuery([.. Kept(query), new("marker", marker)]);

    private static List<KeyValuePair<string, string?>> Kept(IQueryCollection query) =>
        [.. query.Where(pair => pair.Key != "marker").SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))];

    private static string WithQuery(List<KeyValuePair<string, string?>> parameters) =>
        parameters.Count == 0 ? "/v2/images" : QueryHelpers.AddQueryString("/v2/images", parameters);
}
