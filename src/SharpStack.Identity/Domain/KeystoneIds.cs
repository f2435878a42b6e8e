namespace SharpStack.Identity.Domain;

/// <summary>Identifiers as Keystone makes them: uuid4 as 32 lowercase hex digits.</summary>
internal static class KeystoneIds
{
    public const int MaxLength = 64;

    public static string New() => Guid.NewGuid().ToString("N");
}
