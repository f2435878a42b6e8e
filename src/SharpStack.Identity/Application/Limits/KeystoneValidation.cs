using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Limits;

/// <summary>Keystone's <c>ValidationError</c> wording for a missing or wrong attribute.</summary>
internal static class KeystoneValidation
{
    public static BadRequestException Missing(string attribute, string target) =>
        new($"Expecting to find {attribute} in {target}. The server could not comply with the request since it is either "
            + "malformed or otherwise incorrect. The client is assumed to be in error.");
}
