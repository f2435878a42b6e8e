using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Auth;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Receipts;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/auth/tokens</c>: issue (anonymous), validate, check and revoke (api-ref: Authentication and token management).</summary>
internal static class AuthTokenEndpoints
{
    private const string SubjectTokenHeader = "X-Subject-Token";

    public static IEndpointRouteBuilder MapAuthTokenEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v3/auth/tokens", IssueAsync).AllowAnonymous();
        endpoints.MapGet("/v3/auth/tokens", ValidateAsync);
        endpoints.MapMethods("/v3/auth/tokens", [HttpMethods.Head], CheckAsync);
        endpoints.MapDelete("/v3/auth/tokens", RevokeAsync);
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(HttpContext context, AuthService auth, CatalogBuilder catalog, CancellationToken cancellationToken)
    {
        var body = await context.Request.ReadJsonBodyAsync<JsonElement>(cancellationToken);
        AuthTokenIssueSchema.Validate(body);
        TokenData token;
        try
        {
            token = await auth.AuthenticateAsync(body, context.Request.Headers[AuthReceiptRequiredException.HeaderName].FirstOrDefault(), cancellationToken);
        }
        catch (AuthReceiptRequiredException receipt)
        {
            context.Response.Headers[AuthReceiptRequiredException.HeaderName] = receipt.Receipt.Id;
            return Results.Json(receipt.Body, statusCode: StatusCodes.Status401Unauthorized);
        }

        context.Response.Headers[SubjectTokenHeader] = token.Id;
        return Results.Json(await RenderAsync(context, token, catalog, cancellationToken), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ValidateAsync(
        HttpContext context, TokenService tokens, IdentityPolicyEnforcer policy, CatalogBuilder catalog, CancellationToken cancellationToken)
    {
        var token = await SubjectAsync(context, tokens, TokenPolicies.ValidateToken, policy, cancellationToken);
        context.Response.Headers[SubjectTokenHeader] = token.Id;
        return Results.Json(await RenderAsync(context, token, catalog, cancellationToken));
    }

    private static async Task<IResult> CheckAsync(
        HttpContext context, TokenService tokens, IdentityPolicyEnforcer policy, CancellationToken cancellationToken)
    {
        var token = await SubjectAsync(context, tokens, TokenPolicies.CheckToken, policy, cancellationToken);
        context.Response.Headers[SubjectTokenHeader] = token.Id;
        return Results.Ok();
    }

    private static async Task<IResult> RevokeAsync(
        HttpContext context, TokenService tokens, IdentityPolicyEnforcer policy, ITokenRevoker revoker, CancellationToken cancellationToken)
    {
        var token = await SubjectAsync(context, tokens, TokenPolicies.RevokeToken, policy, cancellationToken);
        await revoker.RevokeAuditIdAsync(token.Payload.AuditIds[0], cancellationToken);
        return Results.NoContent();
    }

    // The subject is validated before the policy check: the token_subject rule needs its user.
    private static async Task<TokenData> SubjectAsync(
        HttpContext context, TokenService tokens, string rule, IdentityPolicyEnforcer policy, CancellationToken cancellationToken)
    {
        var subject = context.Request.Headers[SubjectTokenHeader].ToString();
        if (subject.Length == 0)
        {
            throw AuthRequestReader.Expecting(SubjectTokenHeader, "header");
        }

        var allowExpired = IsTrue(context.Request.Query["allow_expired"].ToString());
        var token = await tokens.ValidateAsync(subject, allowExpired, cancellationToken) ?? throw AuthErrors.TokenNotFound(subject);
        policy.Enforce(context.GetAuth(), rule, new Dictionary<string, object?> { ["target.token.user_id"] = token.User.Id });
        return token;
    }

    private static async Task<AuthTokenBodies.TokenResponse> RenderAsync(
        HttpContext context, TokenData token, CatalogBuilder catalog, CancellationToken cancellationToken)
    {
        var includeCatalog = !context.Request.Query.ContainsKey("nocatalog") && !token.Payload.IsUnscoped;
        var services = includeCatalog ? await catalog.BuildAsync(token.User.Id, token.Project?.Id, cancellationToken) : null;
        return AuthTokenBodies.Render(token, services);
    }

    // oslo's bool_from_string: 1, true, yes, on (any case) are true.
    private static bool IsTrue(string value) =>
        value.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on" or "y" or "t";
}
