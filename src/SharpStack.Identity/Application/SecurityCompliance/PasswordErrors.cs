using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>Keystone's security-compliance errors, worded as keystone/exception.py words them.</summary>
internal static class PasswordErrors
{
    public static BadRequestException Requirements(string? description) =>
        new($"The password does not match the requirements: {description}.");

    public static BadRequestException History(int uniqueCount) =>
        new($"The new password cannot be identical to a previous password. The total number which includes the new password must be unique is {uniqueCount}.");

    public static BadRequestException MinimumAge(int minimumAgeDays, int daysLeft) =>
        new($"You cannot change your password at this time due to the minimum password age. Once you change your password, it must be used for {minimumAgeDays} day(s) before it can be changed. Please try again in {daysLeft} day(s) or contact your administrator to reset your password.");

    public static BadRequestException SelfServiceDisabled() =>
        new("You cannot change your password at this time due to password policy disallowing password changes. Please contact your administrator to reset your password.");

    public static BadRequestException InvalidConfiguration() =>
        new("Password validation error: Unable to validate password due to invalid configuration.");

    public static UnauthorizedException Locked(string userId) => new($"The account is locked for user: {userId}.");

    public static UnauthorizedException Expired(string userId) => new($"The password is expired and needs to be changed for user: {userId}.");
}
