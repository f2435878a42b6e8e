using System.Text.Json;
using SharpStack.Messaging.Tests.Fakes;
using SharpStack.Messaging.Wire;

namespace SharpStack.Messaging.Tests.Wire;

public sealed class MessageEnvelopeTests
{
    [Fact]
    public void Serialize_Call_IsSnakeCaseWithEnvelopeFields()
    {
        var context = MessageContext.Anonymous() with { UserId = "u", IsSystemScope = true, Roles = ["reader"] };
        MessageEnvelope envelope;
        using (MessageContext.BeginScope(context))
        {
            envelope = MessageEnvelope.Create(new Pong(1, "host1"), "reply_x", "corr-1");
        }

        using var json = JsonDocument.Parse(WireFormat.Serialize(envelope));
        var root = json.RootElement;

        Assert.Equal(envelope.MessageId, root.GetProperty("message_id").GetString());
        Assert.Equal(context.RequestId, root.GetProperty("request_id").GetString());
        Assert.Equal("Pong", root.GetProperty("method").GetString());
        Assert.Equal("reply_x", root.GetProperty("reply_to").GetString());
        Assert.Equal("corr-1", root.GetProperty("correlation_id").GetString());
        Assert.Equal("host1", root.GetProperty("payload").GetProperty("server").GetString());
        Assert.True(root.GetProperty("context").GetProperty("is_system_scope").GetBoolean());
        Assert.Equal("u", root.GetProperty("context").GetProperty("user_id").GetString());
        Assert.Equal("reader", root.GetProperty("context").GetProperty("roles")[0].GetString());
    }

    [Fact]
    public void Serialize_Notification_CarriesOsloFields()
    {
        var notification = Notification.Create("image.upload", "image.api", new Ping(1)) with { Context = MessageContext.Anonymous() };

        using var json = JsonDocument.Parse(WireFormat.Serialize(notification));
        var root = json.RootElement;

        Assert.Equal("image.upload", root.GetProperty("event_type").GetString());
        Assert.Equal("image.api", root.GetProperty("publisher_id").GetString());
        Assert.Equal("INFO", root.GetProperty("priority").GetString());
        Assert.Equal(1, root.GetProperty("payload").GetProperty("number").GetInt32());
        Assert.Equal(notification.MessageId, root.GetProperty("message_id").GetString());
        Assert.True(root.TryGetProperty("timestamp", out _));
    }
}
