using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SharpStack.Common.Policy.Files;

/// <summary>
/// Reads policy.yaml as oslo.policy's <c>yaml.safe_load</c> does, keeping only what a policy file may hold:
/// one mapping of rule names to check strings, where a later duplicate wins as in PyYAML.
/// </summary>
/// <remarks>
/// YamlDotNet's event parser is used rather than its object model so that the first nested node is
/// refused before anything under it is read, and aliases are never expanded (no "billion laughs").
/// </remarks>
internal sealed class YamlPolicyFileReader(IParser parser)
{
    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly Dictionary<string, string?> _anchors = new(StringComparer.Ordinal);

    public static Dictionary<string, string> Read(string content)
    {
        try
        {
            return new YamlPolicyFileReader(new Parser(new StringReader(content.TrimStart('\uFEFF')))).ReadStream();
        }
        catch (YamlException e)
        {
            throw new PolicyFileFormatException(Message(e.Start, $"not valid YAML: {Describe(e)}"), e);
        }
    }

    private Dictionary<string, string> ReadStream()
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return rules;
        }

        parser.Consume<DocumentStart>();
        var root = parser.Current!;
        if (parser.TryConsume<MappingStart>(out _))
        {
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Current!;
                var name = ReadString("a rule name") ?? throw Error(key.Start, "a rule name must be a string, not null");
                rules[name] = ReadString($"the value of \"{name}\"") ?? string.Empty;
            }
        }
        else if (root is not Scalar || ReadString("the file") is not null)
        {
            throw Error(root.Start, "the file must be a mapping of rule names to check strings");
        }

        parser.Consume<DocumentEnd>();
        return parser.TryConsume<StreamEnd>(out _)
            ? rules
            : throw Error(parser.Current!.Start, "expected a single document, but found another");
    }

    // Returns the string, or null for a YAML null; refuses anything safe_load would not turn into a str.
    private string? ReadString(string what)
    {
        var node = parser.Current!;
        string? value;
        switch (node)
        {
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out value))
                {
                    throw Error(node.Start, $"{what} refers to *{alias.Value.Value}, which is not an anchored string");
                }

                break;
            case Scalar scalar:
                value = Resolve(scalar, what);
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchors[scalar.Anchor.Value] = value;
                }

                break;
            case SequenceStart:
                throw Error(node.Start, $"{what} must be a check string, not a list");
            default:
                throw Error(node.Start, $"{what} must be a check string, not a mapping");
        }

        parser.MoveNext();
        return value;
    }

    private static string? Resolve(Scalar scalar, string what)
    {
        if (!scalar.Tag.IsEmpty)
        {
            return scalar.Tag.Value == StringTag
                ? scalar.Value
                : throw Error(scalar.Start, $"{what} has the tag {scalar.Tag.Value}; only strings are allowed");
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return scalar.Value;
        }

        return YamlImplicitType.Of(scalar.Value) switch
        {
            null => scalar.Value,
            YamlImplicitType.Null => null,
            var type => throw Error(scalar.Start, $"{what} '{scalar.Value}' reads as a YAML {type}, not a check string; quote it"),
        };
    }

    // YamlException puts the positions in front of its message; the error names the position once.
    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var prefixEnd = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith("(Line:", StringComparison.Ordinal) && prefixEnd > 0 ? message[(prefixEnd + 3)..] : message).TrimEnd('.');
    }

    private static PolicyFileFormatException Error(Mark at, string problem) => new(Message(at, problem));

    private static string Message(Mark at, string problem) => $"Policy file line {at.Line}, column {at.Column}: {problem}.";
}
