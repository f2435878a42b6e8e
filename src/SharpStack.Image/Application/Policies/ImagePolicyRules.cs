namespace SharpStack.Image.Application.Policies;

/// <summary>The names of Glance's policy rules, as operators write them in policy.yaml.</summary>
internal static class ImagePolicyRules
{
    public const string AddImage = "add_image";
    public const string DeleteImage = "delete_image";
    public const string GetImage = "get_image";
    public const string GetImages = "get_images";
    public const string ModifyImage = "modify_image";
    public const string PublicizeImage = "publicize_image";
    public const string CommunitizeImage = "communitize_image";
    public const string DownloadImage = "download_image";
    public const string DownloadFromStore = "download_from_store";
    public const string UploadImage = "upload_image";
    public const string DeleteImageLocation = "delete_image_location";
    public const string GetImageLocation = "get_image_location";
    public const string SetImageLocation = "set_image_location";
    public const string AddImageLocation = "add_image_location";
    public const string FetchImageLocation = "fetch_image_location";
    public const string AddMember = "add_member";
    public const string DeleteMember = "delete_member";
    public const string GetMember = "get_member";
    public const string GetMembers = "get_members";
    public const string ModifyMember = "modify_member";
    public const string ManageImageCache = "manage_image_cache";
    public const string Deactivate = "deactivate";
    public const string Reactivate = "reactivate";
    public const string CopyImage = "copy_image";
    public const string ListCachedNodes = "list_cached_nodes";
    public const string GetTask = "get_task";
    public const string GetTasks = "get_tasks";
    public const string AddTask = "add_task";
    public const string ModifyTask = "modify_task";
    public const string TasksApiAccess = "tasks_api_access";
    public const string StoresInfoDetail = "stores_info_detail";
    public const string CacheImage = "cache_image";
    public const string CacheList = "cache_list";
    public const string CacheDelete = "cache_delete";
    public const string CacheClean = "cache_clean";
    public const string CachePrune = "cache_prune";
    public const string ContextIsAdmin = "context_is_admin";
}
