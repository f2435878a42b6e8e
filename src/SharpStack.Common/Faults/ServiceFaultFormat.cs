namespace SharpStack.Common.Faults;

/// <summary>How one OpenStack service writes its error bodies; one instance per service.</summary>
public abstract class ServiceFaultFormat
{
    /// <summary>Nova: <c>{"itemNotFound": {"code": 404, "message": "..."}}</c>.</summary>
    public static ServiceFaultFormat Compute { get; } = new NovaFaultFormat("Unexpected API Error. Please report this at the project's bug tracker and attach the API log if possible.");

    /// <summary>Cinder, which uses Nova's fault names.</summary>
    public static ServiceFaultFormat BlockStorage { get; } = new NovaFaultFormat("The server has either erred or is incapable of performing the requested operation.");

    /// <summary>Keystone: <c>{"error": {"code": 404, "message": "...", "title": "Not Found"}}</c>.</summary>
    public static ServiceFaultFormat Identity { get; } = new KeystoneFaultFormat();

    /// <summary>Neutron: <c>{"NeutronError": {"type": "NetworkNotFound", "message": "...", "detail": ""}}</c>.</summary>
    public static ServiceFaultFormat Network { get; } = new NeutronFaultFormat();

    /// <summary>Glance: webob bodies, JSON, HTML or plain text after the Accept header.</summary>
    public static ServiceFaultFormat Image { get; } = new WebobFaultFormat();

    /// <summary>Swift: short HTML pages, or plain text when the error has a specific message.</summary>
    public static ServiceFaultFormat ObjectStorage { get; } = new SwiftFaultFormat();

    /// <summary>Placement: <c>{"errors": [{"status": 404, "title": ..., "detail": ..., "request_id": ...}]}</c>.</summary>
    public static ServiceFaultFormat Placement { get; } = new PlacementFaultFormat();

    /// <summary>The message of a 500 caused by an unexpected exception; never includes exception details.</summary>
    public abstract string InternalErrorMessage { get; }

    public abstract FaultBody Render(Fault fault, FaultRequest request);
}
