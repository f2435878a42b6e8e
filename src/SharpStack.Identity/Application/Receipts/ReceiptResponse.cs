using System.Globalization;
using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.Receipts;

/// <summary>The body of Keystone's 401 receipt response (keystone/receipt/handlers.py).</summary>
internal static class ReceiptResponse
{
    public static JsonObject Body(AuthReceipt receipt, string userName, string domainId, string domainName, IReadOnlyList<IReadOnlyList<string>> required) => new()
    {
        ["receipt"] = new JsonObject
        {
            ["methods"] = new JsonArray([.. receipt.Methods.Select(m => (JsonNode?)m)]),
            ["user"] = new JsonObject
            {
                ["id"] = receipt.UserId,
                ["name"] = userName,
                ["domain"] = new JsonObject { ["id"] = domainId, ["name"] = domainName },
            },
            ["expires_at"] = Time(receipt.ExpiresAt),
            ["issued_at"] = Time(receipt.IssuedAt),
        },
        ["required_auth_methods"] = new JsonArray([.. required.Select(rule => (JsonNode?)new JsonArray([.. rule.Select(m => (JsonNode?)m)]))]),
    };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
