using System.Text.Json;

namespace SharpStack.Identity.Application.Auth;

/// <summary>What a method sees: its own section of <c>identity</c>, the path of that section for errors, and the whole request.</summary>
internal sealed record AuthMethodContext(JsonElement Data, string Path, AuthRequest Request);
