using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using SharpStack.Common.Faults;

namespace SharpStack.Common.Json;

/// <summary>
/// One pass over a body's tokens that rejects, naming the JSON path, what System.Text.Json would otherwise accept
/// or fail on later with a 500: duplicate keys, invalid UTF-8, escaped lone surrogates, escaped NUL characters (which
/// PostgreSQL's text cannot hold), deep nesting and numbers beyond double.
/// </summary>
internal static class JsonBodyChecks
{
    public static void Check(ReadOnlySpan<byte> body, int maxDepth)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth + 2 });
        var path = new JsonBodyPath();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    path.Value();
                    if (reader.CurrentDepth >= maxDepth)
                    {
                        throw Invalid($"nested deeper than {maxDepth} levels at {path}");
                    }

                    path.Open(reader.TokenType == JsonTokenType.StartArray);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.Close();
                    break;
                case JsonTokenType.PropertyName:
                    path.Leave();
                    var name = Text(ref reader, () => $"a key of the object at {path}");
                    if (!path.Key(name))
                    {
                        throw Invalid($"duplicate key at {path}");
                    }

                    break;
                case JsonTokenType.String:
                    path.Value();
                    Text(ref reader, () => $"the string at {path}");
                    break;
                case JsonTokenType.Number:
                    path.Value();
                    if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                    {
                        throw Invalid($"the number at {path} is out of range");
                    }

                    break;
                default:
                    path.Value();
                    break;
            }
        }
    }

    private static string Text(ref Utf8JsonReader reader, Func<string> where)
    {
        var raw = reader.ValueSpan;
        if (!Utf8.IsValid(raw))
        {
            throw Invalid($"invalid UTF-8 in {where()}");
        }

        if (!reader.ValueIsEscaped)
        {
            return Encoding.UTF8.GetString(raw);
        }

        string text;
        try
        {
            text = reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException exception)
        {
            throw Invalid($"an escaped lone surrogate (invalid UTF-16) in {where()}", exception);
        }

        // Unescaped, a NUL is a control character the reader already refuses; only \u0000 gets this far.
        return text.Contains('\0', StringComparison.Ordinal) ? throw Invalid($"a NUL character (\\u0000) in {where()}") : text;
    }

    private static BadRequestException Invalid(string problem, Exception? inner = null) =>
        new($"Malformed request body: {problem}.", null, inner);
}
