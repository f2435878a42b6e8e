using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class MultiFactorRulesTests(MultiFactorCloud server) : IClassFixture<MultiFactorCloud>
{
    private const string ReceiptHeader = "Openstack-Auth-Receipt";

    [Fact]
    public async Task PasswordAuth_RuleNeedsTotp_UnauthorizedWithReceipt()
    {
        var id = await CreateMfaUserAsync("mfa-receipt", Rules(["password", "totp"]));

        using var response = await AuthAsync(PasswordOnly("mfa-receipt"), receipt: null);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues(ReceiptHeader).Single()));
        Assert.Null(body["error"]);
        var receipt = body["receipt"]!;
        Assert.Equal(["password"], receipt["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(id, receipt["user"]!["id"]!.GetValue<string>());
        Assert.Equal("mfa-receipt", receipt["user"]!["name"]!.GetValue<string>());
        Assert.Equal("default", receipt["user"]!["domain"]!["id"]!.GetValue<string>());
        Assert.Equal("Default", receipt["user"]!["domain"]!["name"]!.GetValue<string>());
        Assert.NotNull(receipt["expires_at"]);
        Assert.NotNull(receipt["issued_at"]);
        var required = body["required_auth_methods"]!.AsArray();
        Assert.Equal(["password", "totp"], required.Single()!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task TotpAuth_WithReceiptOfPassword_IssuesTokenWithBothMethods()
    {
        var id = await CreateMfaUserAsync("mfa-continue", Rules(["password", "totp"]));
        string receipt;
        using (var first = await AuthAsync(PasswordOnly("mfa-continue"), receipt: null))
        {
            receipt = first.Headers.GetValues(ReceiptHeader).Single();
        }

        using var second = await AuthAsync(TotpOnly(id), receipt);
        var body = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(["password", "totp"], body["token"]!["methods"]!.AsArray().Select(m => m!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Auth_PasswordAndTotpTogether_IssuesToken()
    {
        var id = await CreateMfaUserAsync("mfa-both", Rules(["password", "totp"]));
        var request = PasswordOnly("mfa-both");
        var identity = request["auth"]!["identity"]!;
        identity["methods"] = new JsonArray("password", "totp");
        identity["totp"] = TotpTests.TotpMethod(id, TotpTests.Passcode(server.Clock.GetUtcNow()));

        using var response = await AuthAsync(request, receipt: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task PasswordAuth_OneRuleSatisfied_IssuesToken()
    {
        await CreateMfaUserAsync("mfa-either", Rules(["password", "totp"], ["password"]));

        using var response = await AuthAsync(PasswordOnly("mfa-either"), receipt: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task PasswordAuth_MultiFactorAuthDisabled_IssuesToken()
    {
        var id = await server.CreateUserAsync("mfa-off", options: new JsonObject
        {
            ["multi_factor_auth_enabled"] = false,
            ["multi_factor_auth_rules"] = Rules(["password", "totp"]),
        });
        await TotpTests.AddTotpCredentialAsync(server, id);

        using var response = await AuthAsync(PasswordOnly("mfa-off"), receipt: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task PasswordAuth_RulesNamingOnlyUnknownMethods_IssuesToken()
    {
        await CreateMfaUserAsync("mfa-unknown", Rules(["password", "smartcard"], ["smartcard"]));
        await CreateMfaUserAsync("mfa-only-unknown", Rules(["smartcard", "retina"]));

        using var partlyKnown = await AuthAsync(PasswordOnly("mfa-unknown"), receipt: null);
        using var allUnknown = await AuthAsync(PasswordOnly("mfa-only-unknown"), receipt: null);

        Assert.Equal(HttpStatusCode.Created, partlyKnown.StatusCode);
        Assert.Equal(HttpStatusCode.Created, allUnknown.StatusCode);
    }

    [Fact]
    public async Task TotpAuth_ForgedReceipt_UnauthorizedCouldNotFindReceipt()
    {
        var id = await CreateMfaUserAsync("mfa-forged", Rules(["password", "totp"]));

        using var response = await AuthAsync(TotpOnly(id), "forged-receipt");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Could not find auth receipt: forged-receipt.", body.ErrorMessage());
    }

    [Fact]
    public async Task TotpAuth_ReceiptOfAnotherUser_Unauthorized()
    {
        await CreateMfaUserAsync("mfa-owner", Rules(["password", "totp"]));
        var other = await CreateMfaUserAsync("mfa-other", Rules(["password", "totp"]));
        string receipt;
        using (var first = await AuthAsync(PasswordOnly("mfa-owner"), receipt: null))
        {
            receipt = first.Headers.GetValues(ReceiptHeader).Single();
        }

        using var response = await AuthAsync(TotpOnly(other), receipt);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenAuth_ReceiptIsNotAToken_NotFound()
    {
        await CreateMfaUserAsync("mfa-not-token", Rules(["password", "totp"]));
        string receipt;
        using (var first = await AuthAsync(PasswordOnly("mfa-not-token"), receipt: null))
        {
            receipt = first.Headers.GetValues(ReceiptHeader).Single();
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("v3/auth/tokens", UriKind.Relative)).WithToken(await server.AdminAsync());
        request.Headers.Add(TokenClientExtensions.SubjectTokenHeader, receipt);
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static JsonArray Rules(params string[][] rules) => new([.. rules.Select(rule => (JsonNode?)new JsonArray([.. rule.Select(m => (JsonNode?)m)]))]);

    private static JsonObject PasswordOnly(string name) =>
        TokenClientExtensions.PasswordRequest(name, ComplianceCloud.Password, "Default", "unscoped");

    private JsonObject TotpOnly(string userId) => TotpTests.AuthBody(TotpTests.TotpMethod(userId, TotpTests.Passcode(server.Clock.GetUtcNow())));

    private async Task<string> CreateMfaUserAsync(string name, JsonArray rules)
    {
        var id = await server.CreateUserAsync(name, options: new JsonObject { ["multi_factor_auth_enabled"] = true, ["multi_factor_auth_rules"] = rules });
        await TotpTests.AddTotpCredentialAsync(server, id);
        return id;
    }

    private async Task<HttpResponseMessage> AuthAsync(JsonObject body, string? receipt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v3/auth/tokens", UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (receipt is not null)
        {
            request.Headers.Add(ReceiptHeader, receipt);
        }

        return await server.Client.SendAsync(request);
    }
}
