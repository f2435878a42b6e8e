using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Schemas;

namespace SharpStack.Image.Application.Images;

/// <summary>Reads a POST /v2/images body as Glance's RequestDeserializer.create and ImageFactory.new_image do.</summary>
internal static class NewImageParser
{
    /// <exception cref="BadRequestException">The body does not match the image schema.</exception>
    /// <exception cref="ForbiddenException">The body sets a read-only or reserved attribute.</exception>
    public static NewImage Parse(JsonNode? body)
    {
        if (body is not JsonObject image)
        {
            throw new BadRequestException($"Provided object does not match schema 'image': {PythonRepr.Of(body)} is not of type 'object'");
        }

        foreach (var name in image.Select(pair => pair.Key))
        {
            if (ImageAttributes.Disallowed.Contains(name))
            {
                throw ImageErrors.ReadOnly(name);
            }
        }

        ImageRequestSchemas.ValidateImage(image);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in image)
        {
            if (ImageAttributes.Core.Contains(name))
            {
                continue;
            }

            if (name.Length > 255)
            {
                throw new BadRequestException("Custom property should not be greater than 255 characters.");
            }

            if (ImageAttributes.IsReservedName(name) || ImageAttributes.ReservedAtCreate.Contains(name))
            {
                throw ImageErrors.Reserved(name);
            }

            properties[name] = value?.GetValue<string>() ?? "";
        }

        foreach (var name in new[] { "created_at", "updated_at", "status", "checksum", "os_hash_algo", "os_hash_value", "size", "virtual_size" })
        {
            if (image.ContainsKey(name))
            {
                throw ImageErrors.ReadOnly(name);
            }
        }

        return new NewImage
        {
            Id = image["id"]?.GetValue<string>(),
            Name = image["name"]?.GetValue<string>(),
            Visibility = image["visibility"]?.GetValue<string>() ?? Domain.ImageVisibility.Shared,
            Protected = image["protected"]?.GetValue<bool>() ?? false,
            OsHidden = image["os_hidden"]?.GetValue<bool>() ?? false,
            Owner = image["owner"]?.GetValue<string>(),
            OwnerGiven = image.ContainsKey("owner"),
            DiskFormat = image["disk_format"]?.GetValue<string>(),
            ContainerFormat = image["container_format"]?.GetValue<string>(),
            MinDisk = NonNegative(image["min_disk"], "min_disk"),
            MinRam = NonNegative(image["min_ram"], "min_ram"),
            Tags = image["tags"] is JsonArray tags ? [.. tags.Select(t => t!.GetValue<string>()).Distinct(StringComparer.Ordinal)] : [],
            Properties = properties,
        };
    }

    /// <summary>Glance's domain setter for min_disk and min_ram.</summary>
    public static int NonNegative(JsonNode? value, string name)
    {
        if (value is null)
        {
            return 0;
        }

        if (!value.AsValue().TryGetValue<long>(out var number) || number > int.MaxValue)
        {
            throw new BadRequestException($"Invalid value '{value.ToJsonString()}' for parameter '{name}': Must be an integer.");
        }

        return number < 0
            ? throw new BadRequestException($"Invalid value '{number}' for parameter '{name}': Cannot be a negative value")
            : (int)number;
    }
}
