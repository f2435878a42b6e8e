namespace SharpStack.Image.Application.Import;

/// <summary>Where import work goes on the bus: the topic every Image API process serves, and this host's own queue.</summary>
internal static class ImportTopics
{
    public const string Topic = "image-import";

    /// <summary>This host's server name: staged data lives on the host that received it, so glance-direct runs here.</summary>
    public static string ThisHost => Environment.MachineName;
}
