using System.Text.RegularExpressions;

namespace SharpStack.Common.Policy.Files;

/// <summary>
/// The type PyYAML's YAML 1.1 resolver gives a plain (unquoted, untagged) scalar, so that a policy file
/// means here what it means to oslo.policy: <c>a: yes</c> is a bool there, not the check string "yes".
/// </summary>
internal static partial class YamlImplicitType
{
    public const string Null = "null";

    /// <summary>The YAML type of <paramref name="plain"/>, or null when it is a string.</summary>
    public static string? Of(string plain) => plain switch
    {
        "" or "~" or "null" or "Null" or "NULL" => Null,
        "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            or "on" or "On" or "ON" or "off" or "Off" or "OFF" => "bool",
        "<<" => "merge key",
        "=" => "value key",
        _ when IntPattern().IsMatch(plain) => "int",
        _ when FloatPattern().IsMatch(plain) => "float",
        _ when TimestampPattern().IsMatch(plain) => "timestamp",
        _ => null,
    };

    // Binary, octal, decimal, hex and base-60 integers, with '_' separators.
    [GeneratedRegex(@"\A(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    // YAML 1.1 floats need a '.', so "1e3" stays a string; base-60, infinities and NaN count too.
    [GeneratedRegex(@"\A(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\z", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"\A(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();
}
