namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// The methods bitmask of Keystone's payloads: each method of <c>[auth] methods</c> (Keystone's default order) is a
/// power of two by position. totp follows the defaults, as when an operator appends it to the list.
/// </summary>
internal static class AuthMethodCodes
{
    private static readonly string[] Methods = ["external", "password", "token", "oauth1", "mapped", "application_credential", "totp"];

    public static long Encode(IEnumerable<string> methods)
    {
        long code = 0;
        foreach (var method in methods)
        {
            var index = Array.IndexOf(Methods, method);
            if (index < 0)
            {
                throw new ArgumentException($"Unknown authentication method {method}.", nameof(methods));
            }

            code |= 1L << index;
        }

        return code;
    }

    /// <summary>The methods of a code, highest bit first, as Keystone's convert_integer_to_method_list returns them.</summary>
    public static IReadOnlyList<string> Decode(long code)
    {
        var methods = new List<string>(2);
        for (var index = Methods.Length - 1; index >= 0; index--)
        {
            if ((code & (1L << index)) != 0)
            {
                methods.Add(Methods[index]);
            }
        }

        return methods;
    }
}
