using System.Net;

namespace SharpStack.Common.Faults;

/// <summary>Swift's swob: a one-line HTML page for generic errors, the message as plain text otherwise.</summary>
internal sealed class SwiftFaultFormat : ServiceFaultFormat
{
    public override string InternalErrorMessage => Explanation(500);

    public override FaultBody Render(Fault fault, FaultRequest request)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (!fault.HasGenericMessage && fault.Message != Explanation(fault.StatusCode))
        {
            return new FaultBody("text/plain; charset=UTF-8", fault.Message);
        }

        var title = fault.StatusCode == 500 ? "Internal Error" : FaultDefaults.Title(fault.StatusCode);
        return new FaultBody(
            "text/html; charset=UTF-8",
            $"<html><h1>{title}</h1><p>{WebUtility.HtmlEncode(Explanation(fault.StatusCode))}</p></html>");
    }

    private static string Explanation(int statusCode) => statusCode switch
    {
        401 => "This server could not verify that you are authorized to access the document you requested.",
        500 => "The server has either erred or is incapable of performing the requested operation.",
        _ => FaultDefaults.Message(statusCode),
    };
}
