using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SharpStack.Testing.Personas;

/// <summary>The status, JSON body (default when none), raw text and headers of an answer.</summary>
public sealed record PersonaResponse(HttpStatusCode Status, JsonElement Body, string Text, HttpResponseHeaders Headers);
