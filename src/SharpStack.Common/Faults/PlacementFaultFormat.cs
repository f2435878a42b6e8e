namespace SharpStack.Common.Faults;

internal sealed class PlacementFaultFormat : ServiceFaultFormat
{
    public override string InternalErrorMessage => "The server has either erred or is incapable of performing the requested operation.";

    public override FaultBody Render(Fault fault, FaultRequest request)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(request);
        var content = FaultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteNumber("status", fault.StatusCode);
            writer.WriteString("title", FaultDefaults.Title(fault.StatusCode));
            writer.WriteString("detail", fault.Message);
            writer.WriteString("code", fault.Type ?? "placement.undefined_code");
            if (request.RequestId is not null)
            {
                writer.WriteString("request_id", request.RequestId);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return new FaultBody(FaultJson.ContentType, content);
    }
}
