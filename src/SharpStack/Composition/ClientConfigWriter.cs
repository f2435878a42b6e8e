using System.Text;

namespace SharpStack.Composition;

/// <summary>Writes <c>clouds.yaml</c> (cloud <c>sharpstack</c>) and <c>openrc</c> for the admin account, readable only by their owner.</summary>
internal static class ClientConfigWriter
{
    public const string CloudName = "sharpstack";

    public static string CloudsYamlPath(DirectoryInfo dataDirectory) => Path.Combine(dataDirectory.FullName, "clouds.yaml");

    public static string OpenRcPath(DirectoryInfo dataDirectory) => Path.Combine(dataDirectory.FullName, "openrc");

    /// <summary>Writes both files; <paramref name="apiVersions"/> are the client API versions the services ask for.</summary>
    public static void Write(DirectoryInfo dataDirectory, string authUrl, string adminPassword, string regionName, IEnumerable<ClientApiVersion> apiVersions)
    {
        var versions = apiVersions.ToList();
        WritePrivate(CloudsYamlPath(dataDirectory), CloudsYaml(authUrl, adminPassword, regionName, versions));
        WritePrivate(OpenRcPath(dataDirectory), OpenRc(authUrl, adminPassword, regionName, versions));
    }

    public static bool Exists(DirectoryInfo dataDirectory) => File.Exists(CloudsYamlPath(dataDirectory));

    private static string CloudsYaml(string authUrl, string password, string region, List<ClientApiVersion> versions)
    {
        var text = new StringBuilder()
            .Append("clouds:\n")
            .Append("  ").Append(CloudName).Append(":\n")
            .Append("    auth:\n")
            .Append("      auth_url: ").Append(YamlString(authUrl)).Append('\n')
            .Append("      username: admin\n")
            .Append("      password: ").Append(YamlString(password)).Append('\n')
            .Append("      project_name: admin\n")
            .Append("      user_domain_name: Default\n")
            .Append("      project_domain_name: Default\n")
            .Append("    region_name: ").Append(YamlString(region)).Append('\n')
            .Append("    interface: public\n");
        foreach (var version in versions)
        {
            text.Append("    ").Append(version.Client).Append("_api_version: ").Append(version.Version).Append('\n');
        }

        return text.ToString();
    }

    private static string OpenRc(string authUrl, string password, string region, List<ClientApiVersion> versions)
    {
        var text = new StringBuilder()
            .Append("# SharpStack admin credentials: source this file, then run openstack commands.\n")
            .Append("export OS_AUTH_URL=").Append(ShellString(authUrl)).Append('\n')
            .Append("export OS_USERNAME=admin\n")
            .Append("export OS_PASSWORD=").Append(ShellString(password)).Append('\n')
            .Append("export OS_PROJECT_NAME=admin\n")
            .Append("export OS_USER_DOMAIN_NAME=Default\n")
            .Append("export OS_PROJECT_DOMAIN_NAME=Default\n")
            .Append("export OS_REGION_NAME=").Append(ShellString(region)).Append('\n');
        foreach (var version in versions)
        {
            text.Append("export OS_").Append(version.Client.ToUpperInvariant()).Append("_API_VERSION=").Append(version.Version).Append('\n');
        }

        return text.Append("export OS_INTERFACE=public\n").ToString();
    }

    private static string YamlString(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string ShellString(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void WritePrivate(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, "");
        File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
