using System.Text.Json;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Api;

/// <summary>
/// keystone/auth/schema.py validate_issue_token_auth: token_issue on the <c>auth</c> member, then the "id or name"
/// rules the schema cannot say. A body without <c>auth</c> is left to the reader's "Expecting to find auth".
/// </summary>
internal static class AuthTokenIssueSchema
{
    public static void Validate(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("auth", out var auth) || auth.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        IdentitySchemas.Member("auth-token-issue").Validate(auth);
        if (auth.GetProperty("identity").TryGetProperty("password", out var password) && password.TryGetProperty("user", out var user))
        {
            RequireIdOrName(user, "identity/password/user");
            RequireIdOrName(user, "domain", "identity/password/user/domain");
        }

        if (auth.TryGetProperty("scope", out var scope) && scope.ValueKind == JsonValueKind.Object)
        {
            if (scope.TryGetProperty("project", out var project))
            {
                RequireIdOrName(project, "scope/project");
                RequireIdOrName(project, "domain", "scope/project/domain");
            }

            RequireIdOrName(scope, "domain", "scope/domain");
        }
    }

    private static void RequireIdOrName(JsonElement parent, string member, string field)
    {
        if (parent.TryGetProperty(member, out var value))
        {
            RequireIdOrName(value, field);
        }
    }

    private static void RequireIdOrName(JsonElement value, string field)
    {
        if (!value.TryGetProperty("id", out _) && !value.TryGetProperty("name", out _))
        {
            throw new BadRequestException($"Invalid input for field {field}: id or name must be present.");
        }
    }
}
