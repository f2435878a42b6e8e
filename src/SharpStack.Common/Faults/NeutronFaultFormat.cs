namespace SharpStack.Common.Faults;

internal sealed class NeutronFaultFormat : ServiceFaultFormat
{
    public override string InternalErrorMessage => "Request Failed: internal server error while processing your request.";

    public override FaultBody Render(Fault fault, FaultRequest request)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var content = FaultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("NeutronError");
            writer.WriteString("type", fault.Type ?? FaultDefaults.WebobClassName(fault.StatusCode));
            writer.WriteString("message", fault.Message);
            writer.WriteString("detail", string.Empty);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        return new FaultBody(FaultJson.ContentType, content);
    }
}
