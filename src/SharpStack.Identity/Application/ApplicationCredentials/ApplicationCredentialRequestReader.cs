using System.Globalization;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>
/// Reads an <c>application_credential</c> that keystone/application_credential/schema.py has checked, with
/// Keystone's parse_expiration_date after the schema.
/// </summary>
internal static class ApplicationCredentialRequestReader
{
    private const string ClientError =
        " The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.";

    public static ApplicationCredentialRequest Read(JsonObject body, DateTimeOffset now) => new(
        body["name"]!.GetValue<string>(),
        String(body, "description"),
        String(body, "secret"),
        ExpiresAt(String(body, "expires_at"), now),
        body["unrestricted"]?.GetValue<bool>() ?? false,
        [.. Items(body, "roles").Select(role => new RoleReference(String(role, "id"), String(role, "name")))],
        body.ContainsKey("access_rules")
            ? [.. Items(body, "access_rules").Select(rule => new AccessRuleRequest(String(rule, "id"), String(rule, "service"), String(rule, "path"), String(rule, "method")))]
            : null);

    // keystone.common.utils.parse_expiration_date: a naive time is UTC; a time in the past is refused.
    private static DateTime? ExpiresAt(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            throw new BadRequestException("Timestamp not in expected format." + ClientError);
        }

        return parsed <= now
            ? throw new BadRequestException("The 'expires_at' must not be before now." + ClientError)
            : parsed.UtcDateTime;
    }

    private static string? String(JsonObject body, string field) => body[field]?.GetValue<string>();

    private static IEnumerable<JsonObject> Items(JsonObject body, string field) =>
        (body[field]?.AsArray() ?? []).Select(item => item!.AsObject());
}
