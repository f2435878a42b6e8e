namespace SharpStack.Image.Application.Policies;

/// <summary>Glance's shared check strings (glance/policies/base.py), so the rules read as upstream's.</summary>
internal static class GlanceCheckStrings
{
    public const string ProjectMember = "role:member and project_id:%(project_id)s";
    public const string ProjectReader = "role:reader and project_id:%(project_id)s";
    public const string ImageMemberCheck = "project_id:%(member_id)s";
    public const string CommunityVisibility = "'community':%(visibility)s";
    public const string PublicVisibility = "'public':%(visibility)s";
    public const string SharedVisibility = "'shared':%(visibility)s";

    public const string Admin = "rule:context_is_admin";
    public const string Default = "rule:default";
    public const string Service = "rule:service_api";

    public const string ProjectMemberOrImageMemberOrCommunityOrPublicOrShared =
        "role:member and (project_id:%(project_id)s or " + ImageMemberCheck + " or " + CommunityVisibility
        + " or " + PublicVisibility + " or " + SharedVisibility + ")";

    public const string ProjectReaderOrImageMemberOrCommunityOrPublicOrShared =
        "role:reader and (project_id:%(project_id)s or " + ImageMemberCheck + " or " + CommunityVisibility
        + " or " + PublicVisibility + " or " + SharedVisibility + ")";

    public const string AdminOrProjectMember = Admin + " or (" + ProjectMember + ")";
    public const string AdminOrProjectReader = Admin + " or (" + ProjectReader + ")";
    public const string AdminOrProjectReaderGetImage = Admin + " or (" + ProjectReaderOrImageMemberOrCommunityOrPublicOrShared + ")";
    public const string AdminOrProjectMemberDownloadImage = Admin + " or (" + ProjectMemberOrImageMemberOrCommunityOrPublicOrShared + ")";
    public const string AdminOrProjectMemberCreateImage = Admin + " or (" + ProjectMember + " and project_id:%(owner)s)";
    public const string AdminOrSharedMember = Admin + " or (role:member and " + ImageMemberCheck + ")";
    public const string AdminOrProjectReaderOrSharedMember =
        Admin + " or role:reader and (project_id:%(project_id)s or " + ImageMemberCheck + ")";

    public const string ServiceOrProjectMember = Service + " or (" + ProjectMember + " and project_id:%(owner)s)";
    public const string AdminOrServiceRole = Admin + " or " + Service;
}
