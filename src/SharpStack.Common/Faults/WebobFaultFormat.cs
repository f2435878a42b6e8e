using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SharpStack.Common.Faults;

/// <summary>
/// Glance raises webob exceptions and webob picks the body from the Accept header: JSON when
/// the client prefers application/json, HTML when it prefers text/html or sends no Accept, text otherwise.
/// </summary>
internal sealed partial class WebobFaultFormat : ServiceFaultFormat
{
    public override string InternalErrorMessage => FaultDefaults.Message(500);

    public override FaultBody Render(Fault fault, FaultRequest request)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(request);
        var status = string.Create(CultureInfo.InvariantCulture, $"{fault.StatusCode} {FaultDefaults.Title(fault.StatusCode)}");
        return AcceptNegotiation.PreferHtmlOrJson(request.Accept) switch
        {
            "application/json" => new FaultBody(FaultJson.ContentType, FaultJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("message", Body(fault.Message));
                writer.WriteString("code", status);
                writer.WriteString("title", FaultDefaults.Title(fault.StatusCode));
                writer.WriteEndObject();
            })),
            "text/html" => new FaultBody(
                "text/html; charset=UTF-8",
                $"<html>\n <head>\n  <title>{status}</title>\n </head>\n <body>\n  <h1>{status}</h1>\n  {Body(WebUtility.HtmlEncode(fault.Message))}\n </body>\n</html>"),
            _ => new FaultBody("text/plain; charset=UTF-8", $"{status}\n\n{StripTags(Body(fault.Message))}"),
        };
    }

    // webob's default body template: explanation, two <br />, the (empty) detail and comment.
    private static string Body(string explanation) => explanation + "<br /><br />\n\n\n";

    private static string StripTags(string value) =>
        TagPattern().Replace(BreakPattern().Replace(value.Replace("\n", " ", StringComparison.Ordinal), "\n"), string.Empty);

    [GeneratedRegex("<br.*?>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakPattern();

    [GeneratedRegex("<.*?>")]
    private static partial Regex TagPattern();
}
