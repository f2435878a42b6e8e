using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Common.Json;

namespace SharpStack.Common.Tests.Json;

public sealed class JsonBodyChecksTests
{
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    // The body {"user": {"name": "a<bytes>b"}} with raw bytes that are not UTF-8.
    private static byte[] WithRawBytes(params byte[] bytes) =>
        [.. Utf8("""{"user": {"name": "a"""), .. bytes, .. Utf8("""b"}}""")];

    private static string Fail(byte[] body) =>
        Assert.Throws<BadRequestException>(() => JsonBodyReader.ReadElement(body)).Message;

    [Theory]
    [InlineData("""{"user": {"description": "a", "description": "b"}}""", "$.user.description")]
    [InlineData("""{"a": 1, "a": 2}""", "$.a")]
    [InlineData("""[{"op": "add", "op": "remove"}]""", "$[0].op")]
    [InlineData("""{"a": [1, {"x": {"y": 1, "y": 1}}]}""", "$.a[1].x.y")]
    [InlineData("""{"a": 1, "\u0061": 2}""", "$.a")]
    [InlineData("""{"odd key": {"k": 1, "k": 1}}""", "$['odd key'].k")]
    public void ReadElement_DuplicateKey_400NamingPath(string json, string path) =>
        Assert.Equal($"Malformed request body: duplicate key at {path}.", Fail(Utf8(json)));

    [Fact]
    public void ReadElement_SameKeyInSiblingObjects_Accepted() =>
        Assert.Equal(2, JsonBodyReader.ReadElement(Utf8("""{"a": {"x": 1}, "b": {"x": 1}}""")).EnumerateObject().Count());

    [Fact]
    public void Read_DuplicateKeyIntoJsonObject_400NotArgumentException() =>
        Assert.Throws<BadRequestException>(() => JsonBodyReader.Read<JsonObject>(Utf8("""{"user": {"a": 1, "a": 2}}"""), OpenStackJson.CreateOptions()));

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void ReadElement_InvalidUtf8InString_400NamingPath(byte[] bytes) =>
        Assert.Equal("Malformed request body: invalid UTF-8 in the string at $.user.name.", Fail(WithRawBytes(bytes)));

    [Fact]
    public void ReadElement_InvalidUtf8InKey_400NamingObject() =>
        Assert.Equal(
            "Malformed request body: invalid UTF-8 in a key of the object at $.user.",
            Fail([.. Utf8("""{"user": {"ok": 1, "k"""), 0xC0, 0xAF, .. Utf8("\": 1}}")]));

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00")]
    [InlineData("\\ud800x")]
    [InlineData("\\ud800\\ud800")]
    public void ReadElement_EscapedLoneSurrogate_400NamingPath(string escape) =>
        Assert.Equal(
            "Malformed request body: an escaped lone surrogate (invalid UTF-16) in the string at $.tags[1].",
            Fail(Utf8("{\"tags\": [\"ok\", \"a" + escape + "\"]}")));

    [Theory]
    [InlineData("""{"user": {"name": "\u0000"}}""", "the string at $.user.name")]
    [InlineData("""{"user": {"name": "a\u0000b"}}""", "the string at $.user.name")]
    [InlineData("""{"tags": ["ok", "x\u0000"]}""", "the string at $.tags[1]")]
    [InlineData("""{"user": {"ok": 1, "k\u0000": 1}}""", "a key of the object at $.user")]
    public void ReadElement_EscapedNul_400NamingPath(string json, string where) =>
        Assert.Equal($"Malformed request body: a NUL character (\\u0000) in {where}.", Fail(Utf8(json)));

    [Fact]
    public void ReadElement_RawNulInString_Malformed() =>
        Assert.StartsWith("Malformed request body: cannot understand JSON", Fail([.. Utf8("""{"name": "a"""), 0x00, .. Utf8("\"}")]), StringComparison.Ordinal);

    [Fact]
    public void ReadElement_EscapedBackslashBeforeZeros_Accepted() =>
        Assert.Equal("\\u0000", JsonBodyReader.ReadElement(Utf8("""{"name": "\\u0000"}""")).GetProperty("name").GetString());

    [Fact]
    public void ReadElement_EscapedSurrogatePair_Accepted() =>
        Assert.Equal("\U0001F600", JsonBodyReader.ReadElement(Utf8("""{"name": "\ud83d\ude00"}""")).GetProperty("name").GetString());

    [Fact]
    public void ReadElement_NestedToMaxDepth_Accepted() =>
        JsonBodyReader.ReadElement(Utf8(new string('[', JsonBodyReader.MaxDepth) + new string(']', JsonBodyReader.MaxDepth)));

    [Fact]
    public void ReadElement_NestedBeyondMaxDepth_400NamingPath() =>
        Assert.Equal(
            "Malformed request body: nested deeper than 32 levels at $.a" + string.Concat(Enumerable.Repeat("[0]", 31)) + ".",
            Fail(Utf8("{\"a\": " + new string('[', 32) + new string(']', 32) + "}")));

    [Theory]
    [InlineData("1e309")]
    [InlineData("-1e309")]
    public void ReadElement_NumberBeyondDouble_400NamingPath(string number) =>
        Assert.Equal("Malformed request body: the number at $.property.minimum is out of range.", Fail(Utf8("{\"property\": {\"minimum\": " + number + "}}")));

    [Fact]
    public void ReadElement_IntegerBeyondDouble_400() =>
        Assert.Equal("Malformed request body: the number at $.n is out of range.", Fail(Utf8("{\"n\": 1" + new string('0', 309) + "}")));

    [Theory]
    [InlineData("1e308")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("-0.5e-320")]
    public void ReadElement_NumberWithinDouble_Accepted(string number) =>
        JsonBodyReader.ReadElement(Utf8("{\"n\": " + number + "}"));

    [Fact]
    public void ReadElement_MalformedWithServiceMessage_UsesIt() =>
        Assert.Equal("Malformed JSON in request body.", Assert.Throws<BadRequestException>(() => JsonBodyReader.ReadElement(Utf8("{"), null, "Malformed JSON in request body.")).Message);

    [Fact]
    public void ReadElement_Utf16ByteOrderMark_Malformed() =>
        Assert.StartsWith("Malformed request body", Fail([0xFF, 0xFE, .. Utf8("{}")]), StringComparison.Ordinal);
}
