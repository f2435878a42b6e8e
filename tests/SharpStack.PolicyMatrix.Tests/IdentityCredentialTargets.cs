using System.Text.Json.Nodes;
using SharpStack.Testing.Identity;
using SharpStack.Testing.PolicyMatrix;
using SharpStack.Testing.Personas;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>
/// Identity's targets that a user owns: credentials, EC2 credentials, application credentials and their access rules,
/// tokens and trusts. <c>@self</c> is the caller's own (made for each caller); <c>@A</c> belongs to a fresh user of
/// domain A with the reader role on project A; <c>@pm</c> and <c>@pb</c> to the member of project A or B.
/// </summary>
internal static class IdentityCredentialTargets
{
    public static void AddTo(MatrixTargetCatalog catalog, IdentitySetup identity)
    {
        catalog.Add(new("credential@self", context => CredentialAsync(identity, identity.Personas.Account(context.Self).UserId, context.Unique), PerCaller: true));
        catalog.Add(new("credential@A", async context => await CredentialAsync(identity, (await UserAsync(identity, context.Unique)).Id, context.Unique)));
        catalog.Add(new("ec2@self", context => Ec2Async(identity, identity.Personas.Account(context.Self).UserId), PerCaller: true));
        catalog.Add(new("ec2@A", async context => await Ec2Async(identity, (await UserAsync(identity, context.Unique)).Id)));
        catalog.Add(new("appcred@self", async context =>
            await AppCredentialAsync(identity, identity.Personas.Account(context.Self).UserId, await identity.PersonaProjectTokenAsync(context.Self), context.Unique, false), PerCaller: true));
        catalog.Add(new("appcred@A", async context =>
        {
            var user = await UserAsync(identity, context.Unique);
            return await AppCredentialAsync(identity, user.Id, user.Token, context.Unique, false);
        }));
        foreach (var (suffix, free) in new[] { ("", false), (".free", true) })
        {
            catalog.Add(new($"accessrule{suffix}@self", async context =>
                await AppCredentialAsync(identity, identity.Personas.Account(context.Self).UserId, await identity.PersonaProjectTokenAsync(context.Self), context.Unique, true, free), PerCaller: true));
            catalog.Add(new($"accessrule{suffix}@A", async context =>
            {
                var user = await UserAsync(identity, context.Unique);
                return await AppCredentialAsync(identity, user.Id, user.Token, context.Unique, true, free);
            }));
        }

        catalog.Add(new("token@self", async context =>
            MatrixTarget.Of(("token", await identity.PersonaTokenAsync(context.Self)), ("userId", identity.Personas.Account(context.Self).UserId)), PerCaller: true));
        catalog.Add(new("token@A", async context =>
        {
            var user = await UserAsync(identity, context.Unique);
            return MatrixTarget.Of(("token", await identity.TokenAsync(context.Unique, identity.Ids.DomainAId, null)), ("userId", user.Id));
        }));
        catalog.Add(new("trust@pm", context => TrustAsync(identity, Persona.ProjectMember, context.Unique)));
        catalog.Add(new("trust@pb", context => TrustAsync(identity, Persona.ProjectBMember, context.Unique)));
    }

    /// <summary>A fresh user of domain A with the reader role on project A, and a token of it for project A.</summary>
    private static async Task<(string Id, string Token)> UserAsync(IdentitySetup identity, string name)
    {
        var ids = identity.Ids;
        var user = await identity.UserAsync(ids.DomainAId, name);
        await identity.GrantAsync($"v3/projects/{ids.ProjectAId}/users/{user}/roles/{await identity.ReaderRoleAsync()}");
        return (user, await identity.TokenAsync(name, ids.DomainAId, IdentityTokens.ProjectScope(ids.ProjectAId)));
    }

    private static async Task<MatrixTarget> CredentialAsync(IdentitySetup identity, string userId, string name)
    {
        var id = await identity.CreateAsync("v3/credentials", "credential", new JsonObject { ["type"] = "matrix", ["user_id"] = userId, ["blob"] = name });
        return MatrixTarget.Of(("id", id), ("credentialId", id), ("userId", userId));
    }

    private static async Task<MatrixTarget> Ec2Async(IdentitySetup identity, string userId)
    {
        var created = await identity.AdminAsync(HttpMethod.Post, $"v3/users/{userId}/credentials/OS-EC2", new JsonObject { ["tenant_id"] = identity.Ids.ProjectAId });
        var access = created!["credential"]!["access"]!.GetValue<string>();
        return MatrixTarget.Of(("id", access), ("credentialId", access), ("userId", userId));
    }

    /// <summary>
    /// An application credential of <paramref name="userId"/>, made with that user's project-scoped token; with
    /// <paramref name="accessRule"/> its access rule is the target, and <paramref name="free"/> deletes the credential so
    /// that the rule is no longer in use.
    /// </summary>
    private static async Task<MatrixTarget> AppCredentialAsync(IdentitySetup identity, string userId, string token, string name, bool accessRule, bool free = false)
    {
        var body = new JsonObject { ["name"] = name };
        if (accessRule)
        {
            body["access_rules"] = new JsonArray(new JsonObject { ["service"] = "identity", ["method"] = "GET", ["path"] = $"/v3/{name}" });
        }

        var path = $"v3/users/{userId}/application_credentials";
        var created = await identity.AsAsync(token, HttpMethod.Post, path, new JsonObject { ["application_credential"] = body });
        var credential = created!["application_credential"]!;
        var id = credential["id"]!.GetValue<string>();
        if (!accessRule)
        {
            return MatrixTarget.Of(("id", id), ("credentialId", id), ("userId", userId));
        }

        var rule = credential["access_rules"]!.AsArray()[0]!["id"]!.GetValue<string>();
        if (free)
        {
            await identity.AsAsync(token, HttpMethod.Delete, $"{path}/{id}");
        }

        return MatrixTarget.Of(("id", rule), ("accessRuleId", rule), ("userId", userId));
    }

    /// <summary>A trust from <paramref name="trustor"/> (a project persona) on its project to a fresh user, with the reader role.</summary>
    private static async Task<MatrixTarget> TrustAsync(IdentitySetup identity, Persona trustor, string name)
    {
        var account = identity.Personas.Account(trustor);
        var trustee = await identity.UserAsync(identity.Ids.DomainAId, name);
        var created = await identity.AsAsync(await identity.Personas.TokenAsync(trustor), HttpMethod.Post, "v3/OS-TRUST/trusts", new JsonObject
        {
            ["trust"] = new JsonObject
            {
                ["trustor_user_id"] = account.UserId,
                ["trustee_user_id"] = trustee,
                ["project_id"] = account.ProjectId,
                ["impersonation"] = false,
                ["roles"] = new JsonArray(new JsonObject { ["name"] = "reader" }),
            },
        });
        var id = created!["trust"]!["id"]!.GetValue<string>();
        return MatrixTarget.Of(("id", id), ("trustId", id), ("roleId", await identity.ReaderRoleAsync()), ("trusteeId", trustee));
    }
}
