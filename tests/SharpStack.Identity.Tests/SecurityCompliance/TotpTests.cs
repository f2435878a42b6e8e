using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Identity.Application.SecurityCompliance;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class TotpTests(MultiFactorCloud server) : IClassFixture<MultiFactorCloud>
{
    // RFC 4648 base32 of the RFC 6238 SHA-1 test secret "12345678901234567890".
    private const string Secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(20000000000, "353130")]
    public void Passcode_Rfc6238Vectors_LastSixDigits(long unixSeconds, string expected)
    {
        Assert.Equal(expected, Totp.Passcode(Encoding.ASCII.GetBytes("12345678901234567890"), DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public void DecodeSecret_Base32WithoutPaddingOrCase_Decodes()
    {
        Assert.Equal(Encoding.ASCII.GetBytes("12345678901234567890"), Totp.DecodeSecret(Secret.ToLowerInvariant()));
        Assert.Null(Totp.DecodeSecret("not base32!"));
    }

    [Fact]
    public async Task TotpAuth_CurrentOrAdjacentPasscode_IssuesTokenWithTotpMethod()
    {
        var id = await CreateTotpUserAsync("totp-user");
        var now = server.Clock.GetUtcNow();

        var (current, body) = await TotpAuthAsync(id, Passcode(now));
        var (previous, _) = await TotpAuthAsync(id, Passcode(now.AddSeconds(-Totp.StepSeconds)));

        Assert.Equal(HttpStatusCode.Created, current);
        Assert.Equal(["totp"], body!["token"]!["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Created, previous);
    }

    [Fact]
    public async Task TotpAuth_WrongPasscode_Unauthorized()
    {
        var id = await CreateTotpUserAsync("totp-wrong");
        var wrong = Passcode(server.Clock.GetUtcNow().AddMinutes(10));

        var (status, body) = await TotpAuthAsync(id, wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The request you have made requires authentication.", body.ErrorMessage());
    }

    [Fact]
    public async Task TotpAuth_WithoutPasscode_BadRequestNamingTheField()
    {
        var request = new JsonObject { ["user"] = new JsonObject { ["id"] = "whoever" } };

        var (status, body) = await server.SendAsync(HttpMethod.Post, "v3/auth/tokens", AuthBody(request), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid input for field 'identity/totp/user': 'passcode' is a required property", body.ErrorMessage());
    }

    [Fact]
    public async Task TotpAuth_UserWithoutTotpCredential_Unauthorized()
    {
        var id = await server.CreateUserAsync("no-totp");

        Assert.Equal(HttpStatusCode.Unauthorized, (await TotpAuthAsync(id, Passcode(server.Clock.GetUtcNow()))).Status);
    }

    internal static string Passcode(DateTimeOffset at) => Totp.Passcode(Totp.DecodeSecret(Secret)!, at);

    internal static JsonObject TotpMethod(string userId, string passcode) =>
        new() { ["user"] = new JsonObject { ["id"] = userId, ["passcode"] = passcode } };

    internal static JsonObject AuthBody(JsonObject totp) => new()
    {
        ["auth"] = new JsonObject
        {
            ["identity"] = new JsonObject { ["methods"] = new JsonArray("totp"), ["totp"] = totp },
            ["scope"] = "unscoped",
        },
    };

    internal static async Task AddTotpCredentialAsync(ComplianceCloud server, string userId)
    {
        var credential = new JsonObject { ["credential"] = new JsonObject { ["type"] = "totp", ["user_id"] = userId, ["blob"] = Secret } };
        Assert.Equal(HttpStatusCode.Created, (await server.SendAsync(HttpMethod.Post, "v3/credentials", credential, await server.AdminAsync())).Status);
    }

    private async Task<string> CreateTotpUserAsync(string name)
    {
        var id = await server.CreateUserAsync(name);
        await AddTotpCredentialAsync(server, id);
        return id;
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> TotpAuthAsync(string userId, string passcode) =>
        server.SendAsync(HttpMethod.Post, "v3/auth/tokens", AuthBody(TotpMethod(userId, passcode)), token: null);
}
