using System.Text;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// The classes of hostile input, each applied once to every route it fits: broken JSON, duplicate keys, invalid UTF-8
/// and lone surrogates, wrong JSON types, deep nesting, overflowing numbers, huge and non-ASCII strings, hostile path
/// segments and queries, forged proxy headers with parsing off and on, HTTP/1.0 without <c>Host</c>, and framing the
/// HTTP server itself must reject. Where a class has variants, the route's ordinal picks one, so that a run is the same
/// every time and all variants are used across the routes.
/// </summary>
public static class InputClasses
{
    private static readonly string[] ForwardedHosts = ["[::1", "bad host:xx", "x:99999999"];
    private static readonly byte[][] InvalidUtf8 = [[0xFF, 0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80]];
    private static readonly string[] LoneSurrogates = [@"""a\ud800b""", @"""\udc00""", @"""x\udbff"""];
    private static readonly string[] Accepts = ["application/json", "*/*", "text/html", "text/plain"];
    private static readonly string[] NotObjects = ["\"robust\"", "1", "[]", "null", "true"];

    private static readonly (string Kind, string Json)[] JsonTypes =
    [
        ("Number", "123"), ("String", "\"123\""), ("True", "true"), ("Null", "null"), ("Array", "[\"robust\"]"), ("Object", "{\"robust\":1}"),
    ];

    public static IReadOnlyList<InputClass> All { get; } =
    [
        new("forwarded-host", c => Valid(c) with { Headers = [new("X-Forwarded-Host", c.Pick(ForwardedHosts)), new("X-Forwarded-Proto", "https")] }),
        new("forwarded-host/parsing-on", c => Valid(c) with
        {
            Transport = RobustTransport.ProxyParsing,
            Headers = [new("X-Forwarded-Host", c.Pick(ForwardedHosts, 1)), new("X-Forwarded-Proto", "https")],
        }),
        new("http10-without-host", c => Valid(c) with { Transport = RobustTransport.Http10WithoutHost, Accept = c.Pick(Accepts) }),
        new("header-bytes", c => Valid(c) with { Transport = RobustTransport.BadHeaderBytes }),
        new("header-huge", c => Valid(c) with { Headers = [new("X-Robust", new string('h', 65536))] }),
        new("path/unknown-id", c => Segment(c, RouteTargets.UnknownId)),
        new("path/non-ascii", c => Segment(c, "%C3%A9t%C3%A9-%F0%9F%99%82")),
        new("path/encoded-slash", c => Segment(c, "..%2F..%2Frobust")),
        new("path/cr-lf", c => Segment(c, "robust%0D%0AX-Injected:%201")),
        new("path/nul", c => Segment(c, "robust%00")),
        new("path/huge", c => Segment(c, new string('p', 5000))),
        new("query/bad-values", c => Query(c, $"limit=-1&marker={RouteTargets.UnknownId}&sort_dir=sideways&sort_key=%00&name=%C3%A9%0D%0A&created_at=gte:robust")),
        new("query/huge", c => Query(c, "name=" + new string('q', 10240))),
        new("body/malformed-json", c => Json(c, body => body.Text[..^1] + ",")),
        new("body/duplicate-key", c => Json(c, body => body.WithField(body.Fields[0], Duplicate(body)))),
        new("body/invalid-utf8", c => InvalidBytes(c)),
        new("body/lone-surrogate", c => Json(c, body => body.WithField(c.Pick(body.StringFields), c.Pick(LoneSurrogates)))),
        .. JsonTypes.Select((type, index) => new InputClass($"body/wrong-type/{type.Kind.ToLowerInvariant()}", c => WrongType(c, type.Kind, type.Json, index))),
        new("body/not-an-object", c => Json(c, body => body.WithHolder(c.Pick(NotObjects)))),
        new("body/empty-object", c => Json(c, body => body.WithHolder("{}"))),
        new("body/deep-nesting", c => Json(c, body => body.WithField(c.Pick(body.Fields), new string('[', 1000) + new string(']', 1000)))),
        new("body/huge-number", c => Json(c, body => body.WithField(c.Pick(body.Fields), c.Pick(["1e309", "-1e309", "123456789012345678901234567890"])))),
        new("body/huge-string", c => Json(c, body => body.WithFields(body.StringFields, $"\"{new string('s', 5001)}\""))),
        // One string field at a time, so that a name (which may end up in a Location header) is not refused for an enum beside
        // it; unique per route, so that a rename by one route does not make another's create a conflict.
        .. Enumerable.Range(0, 3).Select(field => new InputClass($"body/non-ascii/field-{field + 1}", c => Json(c, body =>
            field < body.StringFields.Count ? body.WithField(body.StringFields[field], $"\"\u00e9t\u00e9-\ud83d\ude42-{c.Ordinal}-{field}\"") : null))),
        new("body/control-characters", c => Json(c, body => body.WithFields(body.StringFields, "\"robust\\r\\n..%2F\\u0000x\""))),
        new("body/chunk-size-overflow", c => c.Route.TakesBody ? Valid(c) with { Transport = RobustTransport.ChunkSizeOverflow } : null),
        new("body/bad-content-length", c => c.Route.TakesBody ? Valid(c) with { Transport = RobustTransport.BadContentLength } : null),
    ];

    private static RobustRequest Valid(RouteCase c) =>
        new(c.Route.Method, c.Targets.Path(c.Route), c.ValidBody, c.ValidContentType);

    private static RobustRequest? Segment(RouteCase c, string wireText) =>
        c.Route.HasParameters ? Valid(c) with { Path = c.Targets.Path(c.Route, c.LastParameter, wireText) } : null;

    private static RobustRequest? Query(RouteCase c, string query) =>
        c.Route.Method == "GET" ? Valid(c) with { Path = c.Targets.Path(c.Route) + "?" + query } : null;

    private static RobustRequest? Json(RouteCase c, Func<JsonBody, string?> body)
    {
        if (!c.Route.TakesBody)
        {
            return null;
        }

        var json = new JsonBody(c);
        return body(json) is { } text ? Valid(c) with { Body = JsonBody.Bytes(text), ContentType = json.ContentType } : null;
    }

    private static string Duplicate(JsonBody body)
    {
        var field = body.Fields[0];
        var original = body.RawOf(field);
        return $"{original},\"{field}\":{original}";
    }

    private static RobustRequest? WrongType(RouteCase c, string kind, string json, int salt)
    {
        if (!c.Route.TakesBody)
        {
            return null;
        }

        var body = new JsonBody(c);
        var fields = body.Fields.Where(field => body.KindOf(field) != kind).ToList();
        return fields.Count == 0
            ? null
            : Valid(c) with { Body = JsonBody.Bytes(body.WithField(fields[(c.Ordinal + salt) % fields.Count], json)), ContentType = body.ContentType };
    }

    private static RobustRequest? InvalidBytes(RouteCase c)
    {
        if (!c.Route.TakesBody)
        {
            return null;
        }

        var body = new JsonBody(c);
        var text = body.WithField(c.Pick(body.StringFields), "\"a\u0001b\"");
        var at = Encoding.UTF8.GetByteCount(text[..text.IndexOf('\u0001', StringComparison.Ordinal)]);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Valid(c) with { Body = [.. bytes[..at], .. c.Pick(InvalidUtf8), .. bytes[(at + 1)..]], ContentType = body.ContentType };
    }
}
