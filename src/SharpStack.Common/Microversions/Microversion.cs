using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SharpStack.Common.Microversions;

/// <summary>An OpenStack API microversion <c>Major.Minor</c>, e.g. <c>2.61</c>.</summary>
public readonly record struct Microversion(int Major, int Minor) : IComparable<Microversion>
{
    /// <summary>Parses <c>X.Y</c> as Nova does: no leading zeros, no signs, no spaces.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out Microversion version)
    {
        version = default;
        var dot = value?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (value is null || dot <= 0 || !TryParsePart(value.AsSpan(0, dot), allowZero: false, out var major)
            || !TryParsePart(value.AsSpan(dot + 1), allowZero: true, out var minor))
        {
            return false;
        }

        version = new Microversion(major, minor);
        return true;
    }

    public static Microversion Parse(string value) =>
        TryParse(value, out var version) ? version : throw new FormatException($"'{value}' is not a microversion of the form X.Y.");

    public bool IsAtLeast(Microversion other) => CompareTo(other) >= 0;

    public bool IsAtLeast(string other) => IsAtLeast(Parse(other));

    public int CompareTo(Microversion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    public static bool operator <(Microversion left, Microversion right) => left.CompareTo(right) < 0;

    public static bool operator >(Microversion left, Microversion right) => left.CompareTo(right) > 0;

    public static bool operator <=(Microversion left, Microversion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Microversion left, Microversion right) => left.CompareTo(right) >= 0;

    private static bool TryParsePart(ReadOnlySpan<char> text, bool allowZero, out int number)
    {
        number = 0;
        if (text.IsEmpty || (text.Length > 1 && text[0] == '0') || (!allowZero && text is "0"))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
