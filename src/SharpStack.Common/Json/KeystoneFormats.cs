using System.Text.Json;
using Json.Schema;

namespace SharpStack.Common.Json;

/// <summary>
/// The formats Keystone's jsonschema FormatChecker registers in place of jsonschema's own: "uuid" is
/// oslo.utils' <c>is_uuid_like</c>, which takes Keystone's dashless hex ids as well as the dashed form.
/// </summary>
internal static class KeystoneFormats
{
    public static FormatRegistry Registry { get; } = Create();

    /// <summary>
    /// oslo_utils.uuidutils.is_uuid_like: <c>uuid.UUID(value)</c> parses and prints back to the value without "urn:",
    /// "uuid:", braces and dashes, which holds exactly when what is left is 32 hex digits.
    /// </summary>
    public static bool IsUuidLike(string value)
    {
        var hex = value.Replace("urn:", string.Empty, StringComparison.Ordinal)
            .Replace("uuid:", string.Empty, StringComparison.Ordinal)
            .Trim('{', '}')
            .Replace("-", string.Empty, StringComparison.Ordinal);
        return hex.Length == 32 && hex.All(char.IsAsciiHexDigit);
    }

    private static FormatRegistry Create()
    {
        var registry = new FormatRegistry();
        // As Keystone's checker, a value that is not a string passes the format and is left to "type".
        registry.Register(new PredicateFormat("uuid", value => value.ValueKind != JsonValueKind.String || IsUuidLike(value.GetString() ?? string.Empty)));
        return registry;
    }
}
