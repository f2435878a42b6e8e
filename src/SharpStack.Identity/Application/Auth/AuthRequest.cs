using System.Text.Json;

namespace SharpStack.Identity.Application.Auth;

/// <summary>A parsed <c>{"auth": {"identity": {"methods": [...], ...}, "scope": ...}}</c>.</summary>
internal sealed record AuthRequest(IReadOnlyList<string> Methods, JsonElement Identity, AuthScope Scope);
