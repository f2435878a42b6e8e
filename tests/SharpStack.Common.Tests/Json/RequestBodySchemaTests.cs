using System.Text.Json;
using SharpStack.Common.Faults;
using SharpStack.Common.Json;

namespace SharpStack.Common.Tests.Json;

public sealed class RequestBodySchemaTests
{
    private static readonly RequestBodySchema _userUpdate =
        RequestBodySchema.FromResource(typeof(RequestBodySchemaTests).Assembly, "SharpStack.Common.Tests.Json.Schemas.user_update.json", SchemaFaultStyle.Keystone);

    private static string Fail(RequestBodySchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Assert.Throws<BadRequestException>(() => schema.Validate(document.RootElement)).Message;
    }

    [Theory]
    [InlineData("""{}""", "'user' is a required property")]
    [InlineData("""{"user": {}}""", "Invalid input for field/attribute user. Value: {}. {} does not have enough properties")]
    [InlineData("""{"user": {"name": 1}}""", "Invalid input for field/attribute name. Value: 1. 1 is not of type 'string'")]
    [InlineData("""{"user": {"name": "a", "x": 1}}""", "Invalid input for field/attribute user. Value: {'name': 'a', 'x': 1}. Additional properties are not allowed ('x' was unexpected)")]
    [InlineData("""{"user": {"x": 1, "y": true}}""", "Invalid input for field/attribute user. Value: {'x': 1, 'y': True}. Additional properties are not allowed ('x', 'y' were unexpected)")]
    [InlineData("""{"user": {"name": ""}}""", "Invalid input for field/attribute name. Value: . '' is too short")]
    [InlineData("""{"user": {"name": "abcdefg"}}""", "Invalid input for field/attribute name. Value: abcdefg. 'abcdefg' is too long")]
    [InlineData("""{"user": {"description": 5}}""", "Invalid input for field/attribute description. Value: 5. 5 is not valid under any of the given schemas")]
    [InlineData("""{"user": {"default_project_id": null}}""", "Invalid input for field/attribute default_project_id. Value: None. None is not of type 'string'")]
    [InlineData("""{"user": {"enabled": 1.5}}""", "Invalid input for field/attribute enabled. Value: 1.5. 1.5 is not of type 'boolean'")]
    [InlineData("""{"user": {"enabled": 1e20}}""", "Invalid input for field/attribute enabled. Value: 1e+20. 1e+20 is not of type 'boolean'")]
    [InlineData("""{"user": {"name": "it's ok"}}""", "Invalid input for field/attribute name. Value: it's ok. \"it's ok\" is too long")]
    [InlineData("""{"user": [1]}""", "Invalid input for field/attribute user. Value: [1]. [1] is not of type 'object'")]
    public void Validate_Keystone_JsonschemaWording(string json, string expected)
        => Assert.Equal(expected, Fail(_userUpdate, json));

    [Fact]
    public void Validate_SeveralFailures_FirstInSchemaOrderNotBodyOrder() =>
        Assert.Equal(
            "Invalid input for field/attribute name. Value: 1. 1 is not of type 'string'",
            Fail(_userUpdate, """{"user": {"enabled": "yes", "name": 1}}"""));

    [Fact]
    public void Validate_SeveralKeywordsOnOneField_FirstInSchemaOrder()
    {
        var schema = RequestBodySchema.Parse("""{"properties": {"id": {"maxLength": 2, "pattern": "^[a-z]*$"}}}""", SchemaFaultStyle.Keystone);

        Assert.Equal("Invalid input for field/attribute id. Value: ABC. 'ABC' is too long", Fail(schema, """{"id": "ABC"}"""));
    }

    [Fact]
    public void Validate_Valid_DoesNotThrow()
    {
        using var document = JsonDocument.Parse("""{"user": {"name": "ok", "enabled": true, "description": null}}""");

        _userUpdate.Validate(document.RootElement);
    }

    [Fact]
    public void Validate_Glance_NamesSchema()
    {
        var schema = RequestBodySchema.Parse(
            """{"name": "member", "properties": {"status": {"type": "string", "enum": ["pending", "accepted", "rejected"]}}, "required": ["status"]}""",
            SchemaFaultStyle.Glance);

        Assert.Equal("member", schema.Name);
        Assert.Equal(
            "Provided object does not match schema 'member': 'x' is not one of ['pending', 'accepted', 'rejected']",
            Fail(schema, """{"status": "x"}"""));
        Assert.Equal("Provided object does not match schema 'member': 'status' is a required property", Fail(schema, "{}"));
    }

    [Fact]
    public void Validate_KeystoneMember_JoinsPath()
    {
        var schema = RequestBodySchema.Parse(
            """{"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string", "pattern": "^[^,/]*$"}}}}""",
            SchemaFaultStyle.KeystoneMember);

        Assert.Equal("Invalid input for field 'tags/1': 'a/b' does not match '^[^,/]*$'", Fail(schema, """{"tags": ["a", "a/b", "c/d"]}"""));
    }

    [Fact]
    public void Validate_PatternPropertiesAndAdditionalFalse_SaysRegexes()
    {
        var schema = RequestBodySchema.Parse("""{"patternProperties": {"^[a-z]+$": {"type": "string"}}, "additionalProperties": false}""", SchemaFaultStyle.Keystone);

        Assert.Equal("'B' does not match any of the regexes: '^[a-z]+$'", Fail(schema, """{"ok": "x", "B": "y"}"""));
    }

    [Fact]
    public void Validate_OneOfMatchingTwice_SaysValidUnderEach()
    {
        var schema = RequestBodySchema.Parse("""{"oneOf": [{"type": "integer"}, {"minimum": 0}]}""", SchemaFaultStyle.Keystone);

        Assert.Equal("3 is valid under each of {'minimum': 0}, {'type': 'integer'}", Fail(schema, "3"));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("{01234567-89ab-cdef-0123-456789abcdef}")]
    [InlineData("urn:uuid:01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("uuid:0123456789abcdef0123456789abcdef")]
    public void Validate_KeystoneUuidFormat_AcceptsWhatIsUuidLikeAccepts(string id)
    {
        var schema = RequestBodySchema.Parse("""{"properties": {"id": {"type": "string", "format": "uuid"}}}""", SchemaFaultStyle.Keystone);
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(new { id }));

        schema.Validate(document.RootElement);
    }

    [Theory]
    [InlineData("nosuchservice")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData("0123456789abcdef_0123456789abcde")]
    public void Validate_KeystoneUuidFormat_RefusesOtherStrings(string id)
    {
        var schema = RequestBodySchema.Parse("""{"properties": {"id": {"type": "string", "format": "uuid"}}}""", SchemaFaultStyle.Keystone);

        Assert.Equal($"Invalid input for field/attribute id. Value: {id}. '{id}' is not a 'uuid'", Fail(schema, JsonSerializer.Serialize(new { id })));
    }

    [Fact]
    public void Validate_Not_SaysShouldNotBeValid()
    {
        var schema = RequestBodySchema.Parse("""{"properties": {"a": {"not": {"type": "string"}}}}""", SchemaFaultStyle.Keystone);

        Assert.Equal("Invalid input for field/attribute a. Value: s. 's' should not be valid under {'type': 'string'}", Fail(schema, """{"a": "s"}"""));
    }

    [Fact]
    public void Validate_FormatInKeystone_Checked()
    {
        var schema = RequestBodySchema.Parse("""{"properties": {"at": {"type": "string", "format": "date-time"}}}""", SchemaFaultStyle.Keystone);

        Assert.Equal("Invalid input for field/attribute at. Value: soon. 'soon' is not a 'date-time'", Fail(schema, """{"at": "soon"}"""));
    }

    [Fact]
    public void Parse_NotJson_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => RequestBodySchema.Parse("{", SchemaFaultStyle.Keystone));

    [Fact]
    public void FromResource_Missing_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => RequestBodySchema.FromResource(typeof(RequestBodySchemaTests).Assembly, "nope.json", SchemaFaultStyle.Glance));
}
