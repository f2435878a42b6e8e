using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class ExpiryTests(ExpiryCloud server) : IClassFixture<ExpiryCloud>
{
    private static readonly JsonObject NoFirstUseChange = new() { ["ignore_change_password_upon_first_use"] = true };

    [Fact]
    public async Task PasswordAuth_AdminSetPassword_MustBeChangedFirst()
    {
        var id = await server.CreateUserAsync("first-use");

        var (status, body) = await server.PasswordAuthAsync("first-use", ComplianceCloud.Password);
        var (changed, _) = await server.ChangePasswordAsync(id, ComplianceCloud.Password, "chang3d-pass");
        var (afterChange, _) = await server.PasswordAuthAsync("first-use", "chang3d-pass");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal($"The password is expired and needs to be changed for user: {id}.", body.ErrorMessage());
        Assert.Equal(HttpStatusCode.NoContent, changed);
        Assert.Equal(HttpStatusCode.Created, afterChange);
    }

    [Fact]
    public async Task PasswordAuth_AdminReset_MustBeChangedAgain()
    {
        var id = await server.CreateUserAsync("reset-first-use");
        await server.ChangePasswordAsync(id, ComplianceCloud.Password, "chang3d-pass");

        await server.UpdateUserAsync(id, new JsonObject { ["password"] = "res3t-by-admin" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.PasswordAuthAsync("reset-first-use", "res3t-by-admin")).Status);
    }

    [Fact]
    public async Task PasswordAuth_IgnoreChangePasswordUponFirstUse_Succeeds()
    {
        await server.CreateUserAsync("first-use-ignored", options: NoFirstUseChange.DeepClone().AsObject());

        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("first-use-ignored", ComplianceCloud.Password)).Status);
    }

    [Fact]
    public async Task PasswordAuth_AfterPasswordExpiresDays_ExpiredUnlessIgnored()
    {
        var id = await server.CreateUserAsync("expires", options: NoFirstUseChange.DeepClone().AsObject());
        var ignoring = new JsonObject { ["ignore_change_password_upon_first_use"] = true, ["ignore_password_expiry"] = true };
        var neverExpires = await server.CreateUserAsync("never-expires", options: ignoring);
        Assert.Null((await server.GetUserAsync(neverExpires))["password_expires_at"]);
        var user = await server.GetUserAsync(id);
        var expiresAt = DateTime.Parse(user["password_expires_at"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.InRange(expiresAt - server.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(2));

        server.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var (status, body) = await server.PasswordAuthAsync("expires", ComplianceCloud.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal($"The password is expired and needs to be changed for user: {id}.", body.ErrorMessage());
        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("never-expires", ComplianceCloud.Password)).Status);
    }
}
