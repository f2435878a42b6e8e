namespace SharpStack.Image.Tests.Data;

/// <summary>An Image API whose <c>image_size_cap</c> is 1 MiB.</summary>
public sealed class SizeCapServer : ImageApiServer
{
    public const int Cap = 1024 * 1024;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [.. base.Settings(), new("DEFAULT:image_size_cap", Cap.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
