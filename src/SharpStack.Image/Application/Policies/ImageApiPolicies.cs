using SharpStack.Common.Policy;
using static SharpStack.Image.Application.Policies.GlanceCheckStrings;
using R = SharpStack.Image.Application.Policies.ImagePolicyRules;

namespace SharpStack.Image.Application.Policies;

/// <summary>Glance's default rules for images, locations, members and actions (glance/policies/image.py).</summary>
internal static class ImageApiPolicies
{
    private const string Images = "/v2/images";
    private const string OneImage = "/v2/images/{image_id}";
    private const string Members = "/v2/images/{image_id}/members";
    private const string OneMember = "/v2/images/{image_id}/members/{member_id}";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        Rule(R.AddImage, AdminOrProjectMemberCreateImage, "Create new image", "POST", Images),
        Rule(R.DeleteImage, AdminOrProjectMember, "Deletes the image", "DELETE", OneImage),
        Rule(R.GetImage, AdminOrProjectReaderGetImage, "Get specified image", "GET", OneImage),
        Rule(R.GetImages, AdminOrProjectReader, "Get all available images", "GET", Images),
        Rule(R.ModifyImage, AdminOrProjectMember, "Updates given image", "PATCH", OneImage),
        Rule(R.PublicizeImage, Admin, "Publicize given image", "PATCH", OneImage),
        Rule(R.CommunitizeImage, AdminOrProjectMember, "Communitize given image", "PATCH", OneImage),
        Rule(R.DownloadImage, AdminOrProjectMemberDownloadImage, "Downloads given image", "GET", OneImage + "/file"),
        Rule(R.DownloadFromStore, AdminOrProjectMemberDownloadImage,
            "Downloads image from specific store using store identifier from image location", "GET", OneImage + "/file"),
        Rule(R.UploadImage, AdminOrProjectMember, "Uploads data to specified image", "PUT", OneImage + "/file"),
        Rule(R.DeleteImageLocation, Admin, "Deletes the location of given image", "PATCH", OneImage),
        Rule(R.GetImageLocation, AdminOrProjectReader, "Reads the location of the image", "GET", OneImage),
        Rule(R.SetImageLocation, AdminOrProjectMember, "Sets location URI to given image", "PATCH", OneImage),
        Rule(R.AddImageLocation, ServiceOrProjectMember, "Add location URI to given image", "POST", OneImage + "/locations"),
        Rule(R.FetchImageLocation, Service, "Show all locations associated to given image", "GET", OneImage + "/locations"),
        Rule(R.AddMember, AdminOrProjectMember, "Create image member", "POST", Members),
        Rule(R.DeleteMember, AdminOrProjectMember, "Delete image member", "DELETE", OneMember),
        Rule(R.GetMember, AdminOrProjectReaderOrSharedMember, "Show image member details", "GET", OneMember),
        Rule(R.GetMembers, AdminOrProjectReaderOrSharedMember, "List image members", "GET", Members),
        Rule(R.ModifyMember, AdminOrSharedMember, "Update image member", "PUT", OneMember),
        new(R.ManageImageCache, Admin, "Manage image cache", [PolicyScopeTypes.Project]),
        Rule(R.Deactivate, AdminOrProjectMember, "Deactivate image", "POST", OneImage + "/actions/deactivate"),
        Rule(R.Reactivate, AdminOrProjectMember, "Reactivate image", "POST", OneImage + "/actions/reactivate"),
        Rule(R.CopyImage, Admin, "Copy existing image to other stores", "POST", OneImage + "/import"),
        Rule(R.ListCachedNodes, Admin, "Get all nodes where specified image is cached", "GET", "/v2/cache/nodes/{image_id}"),
    ];

    internal static PolicyRuleDefault Rule(string name, string checkString, string description, string method, string path) =>
        new(name, checkString, description, [PolicyScopeTypes.Project], [new PolicyOperation(method, path)]);
}
