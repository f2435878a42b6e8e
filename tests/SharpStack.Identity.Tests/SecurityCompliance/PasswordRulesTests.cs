using System.Net;
using System.Text.Json.Nodes;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class PasswordRulesTests(PasswordRulesCloud server) : IClassFixture<PasswordRulesCloud>
{
    private const string Requirements = "The password does not match the requirements: " + PasswordRulesCloud.Description + ".";

    private const string History =
        "The new password cannot be identical to a previous password. The total number which includes the new password must be unique is 2.";

    [Fact]
    public async Task CreateUser_PasswordNotMatchingRegex_BadRequestWithDescription()
    {
        var (status, body) = await server.TryCreateUserAsync("weak-create", "password");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Requirements, body.ErrorMessage());
    }

    [Fact]
    public async Task UpdateUser_PasswordNotMatchingRegex_BadRequestWithDescription()
    {
        var id = await server.CreateUserAsync("weak-update");

        var (status, body) = await server.UpdateUserAsync(id, new JsonObject { ["password"] = "short1" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Requirements, body.ErrorMessage());
    }

    [Fact]
    public async Task ChangePassword_NotMatchingRegex_BadRequestWithDescription()
    {
        var id = await server.CreateUserAsync("weak-change");

        var (status, body) = await server.ChangePasswordAsync(id, ComplianceCloud.Password, "lettersonly");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Requirements, body.ErrorMessage());
    }

    [Fact]
    public async Task ChangePassword_SameAsCurrent_BadRequestHistory()
    {
        var id = await server.CreateUserAsync("reuse-current");

        var (status, body) = await server.ChangePasswordAsync(id, ComplianceCloud.Password, ComplianceCloud.Password);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(History, body.ErrorMessage());
    }

    [Fact]
    public async Task ChangePassword_TwiceWithinMinimumAge_BadRequestThenAllowedAfterADay()
    {
        var id = await server.CreateUserAsync("min-age");
        Assert.Equal(HttpStatusCode.NoContent, (await server.ChangePasswordAsync(id, ComplianceCloud.Password, "secnd-pass2")).Status);

        var (tooSoon, body) = await server.ChangePasswordAsync(id, "secnd-pass2", "third-pass3");
        server.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var (backToFirst, historyBody) = await server.ChangePasswordAsync(id, "secnd-pass2", ComplianceCloud.Password);
        var (third, _) = await server.ChangePasswordAsync(id, "secnd-pass2", "third-pass3");

        Assert.Equal(HttpStatusCode.BadRequest, tooSoon);
        Assert.Equal(
            "You cannot change your password at this time due to the minimum password age. Once you change your password, it must be used for 1 day(s) before it can be changed. Please try again in 0 day(s) or contact your administrator to reset your password.",
            body.ErrorMessage());
        Assert.Equal(HttpStatusCode.BadRequest, backToFirst);
        Assert.Equal(History, historyBody.ErrorMessage());
        Assert.Equal(HttpStatusCode.NoContent, third);
        Assert.Equal(HttpStatusCode.Created, (await server.PasswordAuthAsync("min-age", "third-pass3")).Status);
    }

    [Fact]
    public async Task UpdateUser_AdminResetToPreviousPassword_Allowed()
    {
        var id = await server.CreateUserAsync("admin-reset");

        var (status, _) = await server.UpdateUserAsync(id, new JsonObject { ["password"] = ComplianceCloud.Password });

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task ChangePassword_LockPasswordOption_BadRequestSelfServiceDisabled()
    {
        var id = await server.CreateUserAsync("locked-password", options: new JsonObject { ["lock_password"] = true });

        var (status, body) = await server.ChangePasswordAsync(id, ComplianceCloud.Password, "n3w-password");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            "You cannot change your password at this time due to password policy disallowing password changes. Please contact your administrator to reset your password.",
            body.ErrorMessage());
    }
}
