using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Configuration;

/// <summary>Reads the keys, descriptions and defaults that options classes declare through attributes.</summary>
internal static class OptionDescriptors
{
    public static IEnumerable<OptionDescriptor> Describe(OptionsSection section)
    {
        var defaults = Activator.CreateInstance(section.OptionsType);
        foreach (var property in section.OptionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name;
            if (key is null || !property.CanWrite)
            {
                continue;
            }

            var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
            yield return new OptionDescriptor(
                section.Name, key, description, TypeName(property.PropertyType), Format(property.GetValue(defaults)));
        }
    }

    private static string TypeName(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => "string",
            _ when underlying == typeof(bool) => "boolean",
            _ when underlying == typeof(int) || underlying == typeof(long) => "integer",
            _ when underlying == typeof(double) => "floating point",
            _ when underlying == typeof(TimeSpan) => "time span (hh:mm:ss)",
            _ when underlying.IsEnum => "one of " + string.Join(", ", Enum.GetNames(underlying)),
            _ => underlying.Name,
        };
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
