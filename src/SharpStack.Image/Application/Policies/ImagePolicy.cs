using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Common.Requests;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Policies;

/// <summary>
/// Authorizes the current caller against Glance's rules (glance/api/v2/policy.py). A denial on an image the caller
/// may not even see is the same 404 as a missing image, so nothing leaks across projects.
/// </summary>
internal sealed class ImagePolicy(ImagePolicyEnforcer enforcer, IRequestContext request)
{
    public AuthContext Caller => request.Auth ?? throw new InvalidOperationException("The request was not authenticated.");

    public string? ProjectId => Caller.ProjectId;

    /// <summary>Glance's <c>context.is_admin</c>: the <c>context_is_admin</c> rule.</summary>
    public bool IsAdmin => Check(ImagePolicyRules.ContextIsAdmin);

    /// <summary>Whether <paramref name="rule"/> allows the call on <paramref name="image"/> (or on the caller's project).</summary>
    public bool Check(string rule, ImageRecord? image = null) =>
        enforcer.IsAllowed(Caller, rule, image is null ? ImagePolicyTarget.ForProject(ProjectId) : ImagePolicyTarget.For(image, ProjectId));

    /// <summary>Enforces <paramref name="rule"/> on the caller's project (listing, tasks, discovery).</summary>
    /// <exception cref="ForbiddenException">The rule denies.</exception>
    public void Enforce(string rule) => EnforceTarget(rule, ImagePolicyTarget.ForProject(ProjectId));

    /// <summary>Enforces <paramref name="rule"/> on an existing image.</summary>
    /// <exception cref="NotFoundException">The caller may not even get the image.</exception>
    /// <exception cref="ForbiddenException">The caller sees the image but the rule denies.</exception>
    public void Enforce(string rule, ImageRecord image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (Check(rule, image))
        {
            return;
        }

        if (rule == ImagePolicyRules.GetImage || !Check(ImagePolicyRules.GetImage, image))
        {
            throw ImageErrors.NotFound(image.Id);
        }

        throw Forbidden(rule);
    }

    /// <summary>Enforces <c>add_image</c> for an image proposed with <paramref name="owner"/> and <paramref name="visibility"/>.</summary>
    /// <exception cref="ForbiddenException">The rule denies, or the visibility needs publicize/communitize rights.</exception>
    public void EnforceCreate(string? owner, string visibility)
    {
        var target = ImagePolicyTarget.ForNew(owner, visibility);
        if (!enforcer.IsAllowed(Caller, ImagePolicyRules.AddImage, target))
        {
            throw owner != ProjectId
                ? new ForbiddenException($"You are not permitted to create images owned by '{owner}'")
                : Forbidden(ImagePolicyRules.AddImage);
        }

        EnforceVisibility(visibility, target);
    }

    /// <summary>Making an image public or community needs <c>publicize_image</c> or <c>communitize_image</c>.</summary>
    /// <exception cref="ForbiddenException">The rule for the new visibility denies.</exception>
    public void EnforceVisibility(string visibility, ImageRecord image) =>
        EnforceVisibility(visibility, ImagePolicyTarget.For(image, ProjectId));

    private void EnforceVisibility(string visibility, IReadOnlyDictionary<string, object?> target)
    {
        var rule = visibility switch
        {
            ImageVisibility.Public => ImagePolicyRules.PublicizeImage,
            ImageVisibility.Community => ImagePolicyRules.CommunitizeImage,
            _ => null,
        };
        if (rule is not null)
        {
            EnforceTarget(rule, target);
        }
    }

    private void EnforceTarget(string rule, IReadOnlyDictionary<string, object?> target)
    {
        if (!enforcer.IsAllowed(Caller, rule, target))
        {
            throw Forbidden(rule);
        }
    }

    private static ForbiddenException Forbidden(string rule) => new($"You are not authorized to complete {rule} action.");
}
