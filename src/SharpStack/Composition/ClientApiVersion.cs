namespace SharpStack.Composition;

/// <summary>The API version the <c>openstack</c> CLI should use for a service: <c>&lt;client&gt;_api_version</c> in clouds.yaml, <c>OS_&lt;CLIENT&gt;_API_VERSION</c> in openrc.</summary>
internal sealed record ClientApiVersion(string Client, string Version);
