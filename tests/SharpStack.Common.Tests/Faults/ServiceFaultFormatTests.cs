using System.Text.Json;
using SharpStack.Common.Faults;

namespace SharpStack.Common.Tests.Faults;

public sealed class ServiceFaultFormatTests
{
    private static readonly FaultRequest Json = new("application/json", "req-1");

    [Theory]
    [InlineData(400, "badRequest")]
    [InlineData(401, "unauthorized")]
    [InlineData(403, "forbidden")]
    [InlineData(404, "itemNotFound")]
    [InlineData(405, "badMethod")]
    [InlineData(409, "conflictingRequest")]
    [InlineData(413, "overLimit")]
    [InlineData(415, "badMediaType")]
    [InlineData(501, "notImplemented")]
    [InlineData(406, "computeFault")]
    [InlineData(500, "computeFault")]
    public void Render_Compute_UsesNovaFaultName(int status, string name)
    {
        var body = ServiceFaultFormat.Compute.Render(new Fault(status, "boom"), Json);

        using var document = JsonDocument.Parse(body.Content);
        var fault = document.RootElement.GetProperty(name);
        Assert.Equal(status, fault.GetProperty("code").GetInt32());
        Assert.Equal("boom", fault.GetProperty("message").GetString());
        Assert.Equal("application/json", body.ContentType);
    }

    [Fact]
    public void Render_BlockStorage_UsesNovaShape()
    {
        var body = ServiceFaultFormat.BlockStorage.Render(new Fault(404, "Volume x could not be found."), Json);

        Assert.Equal("""{"itemNotFound":{"code":404,"message":"Volume x could not be found."}}""", body.Content);
    }

    [Fact]
    public void Render_Identity_HasCodeMessageTitle()
    {
        var body = ServiceFaultFormat.Identity.Render(new Fault(404, "Could not find user: u."), Json);

        Assert.Equal("""{"error":{"code":404,"message":"Could not find user: u.","title":"Not Found"}}""", body.Content);
    }

    [Fact]
    public void Render_NetworkWithType_UsesType()
    {
        var body = ServiceFaultFormat.Network.Render(new Fault(404, "Network n could not be found.", "NetworkNotFound"), Json);

        Assert.Equal("""{"NeutronError":{"type":"NetworkNotFound","message":"Network n could not be found.","detail":""}}""", body.Content);
    }

    [Fact]
    public void Render_NetworkWithoutType_UsesWebobClassName()
    {
        var body = ServiceFaultFormat.Network.Render(new Fault(413, "too big"), Json);

        Assert.Contains("\"type\":\"HTTPRequestEntityTooLarge\"", body.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ImageForJsonClient_IsWebobJson()
    {
        var body = ServiceFaultFormat.Image.Render(new Fault(404, "No image found with ID x"), Json);

        using var document = JsonDocument.Parse(body.Content);
        Assert.Equal("404 Not Found", document.RootElement.GetProperty("code").GetString());
        Assert.Equal("Not Found", document.RootElement.GetProperty("title").GetString());
        Assert.Equal("No image found with ID x<br /><br />\n\n\n", document.RootElement.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(null, "text/html; charset=UTF-8")]
    [InlineData("*/*", "text/html; charset=UTF-8")]
    [InlineData("text/plain", "text/plain; charset=UTF-8")]
    [InlineData("text/html;q=0.5, application/json", "application/json")]
    public void Render_ImageByAccept_ChoosesLikeWebob(string? accept, string contentType)
    {
        var body = ServiceFaultFormat.Image.Render(new Fault(404, "gone"), new FaultRequest(accept, null));

        Assert.Equal(contentType, body.ContentType);
    }

    [Fact]
    public void Render_ImagePlainText_StripsTags()
    {
        var body = ServiceFaultFormat.Image.Render(new Fault(400, "bad"), new FaultRequest("text/plain", null));

        Assert.StartsWith("400 Bad Request\n\nbad\n\n", body.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ObjectStorageGeneric_IsSwiftHtml()
    {
        var body = ServiceFaultFormat.ObjectStorage.Render(new Fault(404, FaultDefaults.Message(404)), Json);

        Assert.Equal("<html><h1>Not Found</h1><p>The resource could not be found.</p></html>", body.Content);
        Assert.StartsWith("text/html", body.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ObjectStorageSpecific_IsPlainText()
    {
        var body = ServiceFaultFormat.ObjectStorage.Render(new Fault(400, "Invalid UTF8 or contains NULL"), Json);

        Assert.Equal("Invalid UTF8 or contains NULL", body.Content);
        Assert.StartsWith("text/plain", body.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Placement_CarriesRequestId()
    {
        var body = ServiceFaultFormat.Placement.Render(new Fault(404, "No resource provider"), Json);

        using var document = JsonDocument.Parse(body.Content);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal(404, error.GetProperty("status").GetInt32());
        Assert.Equal("req-1", error.GetProperty("request_id").GetString());
        Assert.Equal("No resource provider", error.GetProperty("detail").GetString());
    }

    [Fact]
    public void Render_QuotesAndTags_NotEscapedAsPythonWouldNot()
    {
        var body = ServiceFaultFormat.Image.Render(new Fault(400, "'x' is bad"), Json);

        Assert.Contains("\"'x' is bad<br /><br />\\n\\n\\n\"", body.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void From_NotFoundException_KeepsStatusAndType()
    {
        var fault = Fault.From(new NotFoundException("Network n could not be found.", "NetworkNotFound"));

        Assert.Equal(new Fault(404, "Network n could not be found.", "NetworkNotFound"), fault);
    }
}
