using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SharpStack.Common.Json;

/// <summary>A JSON value as Python's <c>repr()</c> and <c>str()</c> show it after <c>json.loads</c>, which is how jsonschema quotes it.</summary>
internal static class PythonRepr
{
    public static string Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString() ?? string.Empty),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null or JsonValueKind.Undefined => "None",
        JsonValueKind.Number => Number(value.GetRawText()),
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Of)) + "]",
        _ => "{" + string.Join(", ", value.EnumerateObject().Select(p => Quote(p.Name) + ": " + Of(p.Value))) + "}",
    };

    /// <summary>Python's <c>str()</c>: a string as it is, anything else as its repr.</summary>
    public static string Str(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : Of(value);

    public static string Quote(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.Value switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when rune.Value == quote => "\\" + quote,
                < 0x20 or (>= 0x7f and < 0xa0) => string.Create(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}"),
                _ => rune.ToString(),
            });
        }

        return builder.Append(quote).ToString();
    }

    // json.loads gives an int for a literal without fraction or exponent, else a float that repr() prints
    // with its shortest digits, in positional notation for exponents -4 to 15 and scientific beyond.
    private static string Number(string raw)
    {
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
        {
            return raw;
        }

        var value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value) || value == 0)
        {
            return double.IsInfinity(value) ? (value > 0 ? "inf" : "-inf") : (double.IsNegative(value) ? "-0.0" : "0.0");
        }

        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture).Split('E');
        var mantissa = shortest[0];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var exponent = (shortest.Length > 1 ? int.Parse(shortest[1], CultureInfo.InvariantCulture) : 0) + (point < 0 ? mantissa.Length : point) - 1;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        exponent -= leading;
        var sign = value < 0 ? "-" : string.Empty;
        if (exponent is >= -4 and < 16)
        {
            return exponent >= 0
                ? sign + digits.PadRight(exponent + 1, '0')[..(exponent + 1)] + "." + (digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0")
                : sign + "0." + new string('0', -exponent - 1) + digits;
        }

        var fraction = digits.Length > 1 ? "." + digits[1..] : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{digits[0]}{fraction}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}");
    }
}
