namespace SharpStack.Common.Faults;

/// <summary>Nova's and Cinder's <c>Fault</c>: the body's only key names the error class by status.</summary>
internal sealed class NovaFaultFormat(string internalErrorMessage) : ServiceFaultFormat
{
    public override string InternalErrorMessage => internalErrorMessage;

    public static string FaultName(int statusCode) => statusCode switch
    {
        400 => "badRequest",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "itemNotFound",
        405 => "badMethod",
        409 => "conflictingRequest",
        413 or 429 => "overLimit",
        415 => "badMediaType",
        501 => "notImplemented",
        503 => "serviceUnavailable",
        _ => "computeFault",
    };

    public override FaultBody Render(Fault fault, FaultRequest request)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var content = FaultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject(FaultName(fault.StatusCode));
            writer.WriteNumber("code", fault.StatusCode);
            writer.WriteString("message", fault.Message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        return new FaultBody(FaultJson.ContentType, content);
    }
}
