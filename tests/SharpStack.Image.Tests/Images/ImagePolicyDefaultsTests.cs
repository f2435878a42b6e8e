using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Auth;
using SharpStack.Image.Application.Policies;

namespace SharpStack.Image.Tests.Images;

public sealed class ImagePolicyDefaultsTests(ImageServer server) : IClassFixture<ImageServer>
{
    private ImagePolicyEnforcer Enforcer => server.Services.GetRequiredService<ImagePolicyEnforcer>();

    [Fact]
    public void Defaults_LoadWithoutWarnings()
    {
        Assert.Empty(Enforcer.Rules.Warnings);
        Assert.Contains(Enforcer.Rules.Defaults, rule => rule.Name == ImagePolicyRules.AddImage);
        Assert.Contains(Enforcer.Rules.Defaults, rule => rule.Name == ImagePolicyRules.TasksApiAccess);
    }

    [Fact]
    public void GetImage_ReaderOfAnotherProject_SeesOnlyPublicCommunityOrSharedImages()
    {
        var reader = Caller("p2", "reader");
        Assert.False(Enforcer.IsAllowed(reader, ImagePolicyRules.GetImage, Target("p1", "private", member: null)));
        Assert.True(Enforcer.IsAllowed(reader, ImagePolicyRules.GetImage, Target("p1", "public", member: null)));
        Assert.True(Enforcer.IsAllowed(reader, ImagePolicyRules.GetImage, Target("p1", "shared", member: "p2")));
    }

    [Fact]
    public void ModifyImage_ReaderDenied_MemberOfOwnerAllowed_AdminAllowed()
    {
        var target = Target("p1", "private", member: null);
        Assert.False(Enforcer.IsAllowed(Caller("p1", "reader"), ImagePolicyRules.ModifyImage, target));
        Assert.True(Enforcer.IsAllowed(Caller("p1", "member", "reader"), ImagePolicyRules.ModifyImage, target));
        Assert.False(Enforcer.IsAllowed(Caller("p2", "member", "reader"), ImagePolicyRules.ModifyImage, target));
        Assert.True(Enforcer.IsAllowed(Caller("p9", "admin"), ImagePolicyRules.ModifyImage, target));
        Assert.False(Enforcer.IsAllowed(Caller("p1", "member"), ImagePolicyRules.PublicizeImage, target));
    }

    private static AuthContext Caller(string project, params string[] roles) =>
        new() { Token = "t", UserId = "u", ProjectId = project, Roles = roles };

    private static Dictionary<string, object?> Target(string owner, string visibility, string? member) => new()
    {
        ["project_id"] = owner,
        ["owner"] = owner,
        ["visibility"] = visibility,
        ["member_id"] = member,
    };
}
