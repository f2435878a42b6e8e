using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SharpStack.Common.Faults;
using SharpStack.Identity.Api;
using SharpStack.Identity.Application.Roles;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>Keystone's application_credential_create_request_body schema and parse_expiration_date, with their 400s.</summary>
internal static partial class ApplicationCredentialRequestReader
{
    private const string Member = "application_credential";
    private const string ClientError =
        " The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.";

    private static readonly string[] Known = ["id", "secret", "name", "description", "expires_at", "project_id", "access_rules", "unrestricted", "system", "roles"];
    private static readonly string[] Methods = ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"];

    public static ApplicationCredentialRequest Read(JsonObject body, DateTimeOffset now)
    {
        var unexpected = body.Select(p => p.Key).Where(key => !Known.Contains(key, StringComparer.Ordinal)).ToList();
        if (unexpected.Count > 0)
        {
            throw new BadRequestException(
                $"Invalid input for field '{Member}': Additional properties are not allowed ({string.Join(", ", unexpected.Select(k => $"'{k}'"))} {(unexpected.Count == 1 ? "was" : "were")} unexpected)");
        }

        var name = ResourceValidation.Name(body, Member, ApplicationCredential.NameMaxLength);
        ResourceValidation.OptionalString(body, "id");
        ResourceValidation.OptionalString(body, "project_id", nullable: false);
        ResourceValidation.OptionalString(body, "system");
        return new ApplicationCredentialRequest(
            name,
            ResourceValidation.OptionalString(body, "description"),
            ResourceValidation.OptionalString(body, "secret"),
            ExpiresAt(ResourceValidation.OptionalString(body, "expires_at"), now),
            ResourceValidation.OptionalBool(body, "unrestricted") ?? false,
            Roles(body),
            AccessRules(body));
    }

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

    private static List<RoleReference> Roles(JsonObject body)
    {
        var roles = new List<RoleReference>();
        foreach (var item in Array(body, "roles"))
        {
            if (item is not JsonObject role)
            {
                throw ResourceValidation.Invalid("roles", $"{RoleAssignmentHttp.Python(item)} is not of type 'object'");
            }

            if (role.Count != 1 || role.Any(p => p.Key is not ("id" or "name")))
            {
                throw ResourceValidation.Invalid("roles", role.Count == 0
                    ? "{} does not have enough properties"
                    : $"{role.ToJsonString()} is not valid under the given schema");
            }

            roles.Add(new RoleReference(
                ResourceValidation.OptionalString(role, "id", KeystoneIds.MaxLength, nullable: false, minLength: 1),
                ResourceValidation.OptionalString(role, "name", Role.NameMaxLength, nullable: false, minLength: 1)));
        }

        return roles;
    }

    private static List<AccessRuleRequest>? AccessRules(JsonObject body)
    {
        if (!body.ContainsKey("access_rules"))
        {
            return null;
        }

        var rules = new List<AccessRuleRequest>();
        foreach (var item in Array(body, "access_rules"))
        {
            if (item is not JsonObject rule)
            {
                throw ResourceValidation.Invalid("access_rules", $"{RoleAssignmentHttp.Python(item)} is not of type 'object'");
            }

            var id = ResourceValidation.OptionalString(rule, "id", KeystoneIds.MaxLength, nullable: false, minLength: 1);
            var service = ResourceValidation.OptionalString(rule, "service", AccessRule.ServiceMaxLength, nullable: false, minLength: 1);
            if (service is not null && !ServiceType().IsMatch(service))
            {
                throw ResourceValidation.Invalid("service", $"'{service}' does not match '^[a-zA-Z0-9-]+$'");
            }

            var path = ResourceValidation.OptionalString(rule, "path", AccessRule.PathMaxLength, nullable: false);
            if (path is not null && !path.StartsWith('/'))
            {
                throw ResourceValidation.Invalid("path", $"'{path}' does not match '^/\\\\.*'");
            }

            var method = ResourceValidation.OptionalString(rule, "method", nullable: false);
            if (method is not null && !Methods.Contains(method, StringComparer.Ordinal))
            {
                throw ResourceValidation.Invalid("method", $"'{method}' is not one of ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT']");
            }

            rules.Add(new AccessRuleRequest(id, service, path, method));
        }

        return rules;
    }

    private static JsonArray Array(JsonObject body, string field)
    {
        if (!body.TryGetPropertyValue(field, out var node))
        {
            return [];
        }

        return node?.GetValueKind() == JsonValueKind.Array
            ? node.AsArray()
            : throw ResourceValidation.Invalid(field, $"{RoleAssignmentHttp.Python(node)} is not of type 'array'");
    }

    [GeneratedRegex("^[a-zA-Z0-9-]+$")]
    private static partial Regex ServiceType();
}
