using SharpStack.Identity.Application.Tokens.Fernet;

namespace SharpStack.Identity.Application.Tokens;

/// <summary><c>keystone-manage fernet_rotate</c> for <c>sharpstack identity fernet-rotate</c>: run it on one host, then copy the folder to the others.</summary>
public static class FernetKeyRotation
{
    /// <summary>Promotes the staged key to primary, stages a new key and removes the oldest beyond <c>max_active_keys</c>; creates the repository first when it has no keys.</summary>
    public static FernetRotationResult Rotate(FernetTokensOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var location = options.ResolveRepository(dataDirectory);
        if (!FernetKeyFolder.HasKeys(location))
        {
            FernetKeyFolder.Initialize(location);
        }

        var (keys, removed) = FernetKeyFolder.Rotate(location, options.MaxActiveKeys);
        return new FernetRotationResult(location, keys, removed);
    }
}
