namespace SharpStack.Common.Faults;

internal sealed class KeystoneFaultFormat : ServiceFaultFormat
{
    public override string InternalErrorMessage => "An unexpected error prevented the server from fulfilling your request.";

    public override FaultBody Render(Fault fault, FaultRequest request)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var content = FaultJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteNumber("code", fault.StatusCode);
            writer.WriteString("message", fault.Message);
            writer.WriteString("title", FaultDefaults.Title(fault.StatusCode));
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        return new FaultBody(FaultJson.ContentType, content);
    }
}
