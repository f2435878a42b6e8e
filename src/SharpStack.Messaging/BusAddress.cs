namespace SharpStack.Messaging;

/// <summary>Where a cast or call goes: every server of a topic, or one named server of it.</summary>
public readonly record struct BusAddress(string Topic, string? Server = null)
{
    public static BusAddress ForTopic(string topic) => new(topic);

    public static BusAddress ForServer(string topic, string server) => new(topic, server);

    public override string ToString() => Server is null ? Topic : $"{Topic}.{Server}";
}
