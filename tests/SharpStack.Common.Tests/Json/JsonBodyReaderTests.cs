using System.Text;
using SharpStack.Common.Faults;
using SharpStack.Common.Json;

namespace SharpStack.Common.Tests.Json;

public sealed class JsonBodyReaderTests
{
    public sealed record Server(string Name, int MinCount = 1, IReadOnlyList<Network>? Networks = null);

    public sealed record Network(string Uuid);

    public sealed record CreateServer(Server Server);

    public sealed record Required
    {
        public required string Name { get; init; }
    }

    private static string Fail<T>(string json) =>
        Assert.Throws<BadRequestException>(() => JsonBodyReader.Read<T>(Encoding.UTF8.GetBytes(json), OpenStackJson.CreateOptions())).Message;

    [Fact]
    public void Read_Valid_UsesSnakeCase()
    {
        var body = JsonBodyReader.Read<CreateServer>(Encoding.UTF8.GetBytes("""{"server": {"name": "vm", "min_count": 2}}"""), OpenStackJson.CreateOptions());

        Assert.Equal(new Server("vm", 2), body.Server);
    }

    [Fact]
    public void Read_WrongType_NamesFieldLikeNova() =>
        Assert.Equal(
            "Invalid input for field/attribute name. Value: 123. 123 is not of type 'string'",
            Fail<CreateServer>("""{"server": {"name": 123}}"""));

    [Fact]
    public void Read_StringForInteger_NamesField() =>
        Assert.Equal(
            "Invalid input for field/attribute min_count. Value: two. 'two' is not of type 'integer'",
            Fail<CreateServer>("""{"server": {"name": "vm", "min_count": "two"}}"""));

    [Fact]
    public void Read_WrongTypeInArray_NamesField() =>
        Assert.Equal(
            "Invalid input for field/attribute uuid. Value: true. true is not of type 'string'",
            Fail<CreateServer>("""{"server": {"name": "vm", "networks": [{"uuid": true}]}}"""));

    [Fact]
    public void Read_MissingRequired_SaysRequired() =>
        Assert.Contains("'name' is a required property", Fail<Required>("""{"other": 1}"""), StringComparison.Ordinal);

    [Fact]
    public void Read_MalformedJson_SaysMalformed() =>
        Assert.StartsWith("Malformed request body", Fail<CreateServer>("""{"server": """), StringComparison.Ordinal);

    [Fact]
    public void Read_Empty_SaysMalformed() =>
        Assert.StartsWith("Malformed request body", Fail<CreateServer>(string.Empty), StringComparison.Ordinal);
}
