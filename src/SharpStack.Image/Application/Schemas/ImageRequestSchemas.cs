using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Common.Json;

namespace SharpStack.Image.Application.Schemas;

/// <summary>
/// The schemas Glance checks image and member request bodies against (the image schema it serves, and the member's
/// string type), evaluated by JsonSchema.Net through <see cref="RequestBodySchema"/> in Glance's words.
/// </summary>
internal static class ImageRequestSchemas
{
    private static readonly Lazy<RequestBodySchema> ImageSchema =
        new(() => RequestBodySchema.Parse(ImageSchemas.ImageForValidation.ToJsonString(), SchemaFaultStyle.Glance));

    private static readonly Lazy<RequestBodySchema> MemberSchema = new(() => RequestBodySchema.FromResource(
        typeof(ImageRequestSchemas).Assembly, $"{typeof(ImageRequestSchemas).Namespace}.member_create.json", SchemaFaultStyle.Glance));

    /// <summary>Checks a whole image body, or the partial one <c>{attribute: value}</c> that Glance builds for a PATCH operation or a tag.</summary>
    /// <exception cref="BadRequestException">The document does not match the image schema.</exception>
    public static void ValidateImage(JsonObject document) => ImageSchema.Value.Validate(Element(document));

    /// <summary>Checks a POST /v2/images/{id}/members body.</summary>
    /// <exception cref="BadRequestException">The member is not a string.</exception>
    public static void ValidateMember(JsonObject body) => MemberSchema.Value.Validate(Element(body));

    /// <summary>The node as a JSON element, the form the validator reads.</summary>
    public static JsonElement Element(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
