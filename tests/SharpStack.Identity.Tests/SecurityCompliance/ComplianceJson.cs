using System.Text.Json.Nodes;

namespace SharpStack.Identity.Tests.SecurityCompliance;

internal static class ComplianceJson
{
    public static string? ErrorMessage(this JsonNode? body) => body?["error"]?["message"]?.GetValue<string>();
}
