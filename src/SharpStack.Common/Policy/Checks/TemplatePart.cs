namespace SharpStack.Common.Policy.Checks;

/// <summary>A literal run or a <c>%(key)s</c> substitution of a <see cref="MatchTemplate"/>.</summary>
internal sealed class TemplatePart
{
    private readonly string _text;
    private readonly string[]? _path;

    private TemplatePart(string text, string[]? path)
    {
        _text = text;
        _path = path;
    }

    public static TemplatePart Literal(string text) => new(text, null);

    public static TemplatePart Key(string key) => new(key, key.Split('.'));

    public bool TryRender(IReadOnlyDictionary<string, object?> target, out string rendered)
    {
        if (_path is null)
        {
            rendered = _text;
            return true;
        }

        // Python looks the whole key up in the target; Keystone flattens nested targets into
        // "target.user.id" keys first. Accepting either lets services pass nested values as they are.
        if (target.TryGetValue(_text, out var value)
            || (_path.Length > 1 && PolicyValues.TryGetPath(target, _path, out value)))
        {
            rendered = PolicyValues.ToPythonString(value);
            return true;
        }

        rendered = string.Empty;
        return false;
    }
}
