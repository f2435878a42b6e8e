using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SharpStack.Common.Json;

/// <summary>Where a token reader is in a body, written as a JSON path such as <c>$.user['odd key'][0]</c>.</summary>
internal sealed partial class JsonBodyPath
{
    private readonly List<Frame> _frames = [];

    /// <summary>Moves to the next member of the enclosing array; objects move on their keys.</summary>
    public void Value()
    {
        if (_frames.Count > 0 && _frames[^1].Names is null)
        {
            _frames[^1].Index++;
        }
    }

    public void Open(bool array) => _frames.Add(new Frame { Names = array ? null : new HashSet<string>(StringComparer.Ordinal) });

    public void Close() => _frames.RemoveAt(_frames.Count - 1);

    /// <summary>Stands on the enclosing object itself, between its keys.</summary>
    public void Leave() => _frames[^1].Name = null;

    /// <summary>Moves to the key <paramref name="name"/>; false when the object already has it.</summary>
    public bool Key(string name)
    {
        var frame = _frames[^1];
        frame.Name = name;
        return frame.Names!.Add(name);
    }

    public override string ToString()
    {
        var text = new StringBuilder("$");
        foreach (var frame in _frames)
        {
            if (frame.Names is null && frame.Index >= 0)
            {
                text.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.Name is { } name)
            {
                text.Append(PlainName().IsMatch(name) ? "." + name : "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']");
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainName();

    private sealed class Frame
    {
        public HashSet<string>? Names { get; init; }

        public string? Name { get; set; }

        public int Index { get; set; } = -1;
    }
}
