using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using SharpStack.Hosting.Auth;
using SharpStack.Identity.Application;

namespace SharpStack.Composition;

/// <summary>
/// The one service user of an all-in-one cloud: every service with a service user of its own in a distributed
/// deployment validates tokens with this one instead, as keystonemiddleware does, and it holds all their roles. Its
/// password is generated once and kept, readable by the owner only, in the data folder; <c>[keystone_authtoken]</c>
/// settings in the configuration take precedence.
/// </summary>
internal static class EmbeddedServiceCredentials
{
    public const string UserName = "sharpstack";
    private const string FileName = "service-password";

    public static ServiceUser LoadOrCreate(DirectoryInfo dataDirectory, IEnumerable<ServiceDefinition> services)
    {
        IReadOnlyList<string> roles = [.. services.SelectMany(service => service.ServiceUser?.Roles ?? []).Distinct(StringComparer.Ordinal)];
        var path = Path.Combine(dataDirectory.FullName, FileName);
        if (File.Exists(path))
        {
            return new ServiceUser(UserName, File.ReadAllText(path).Trim(), roles);
        }

        var password = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, password);
        File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, path, overwrite: true);
        return new ServiceUser(UserName, password, roles);
    }

    /// <summary>The configuration with <c>[keystone_authtoken]</c> defaults for this user underneath it.</summary>
    public static IConfiguration WithAuthTokenDefaults(IConfiguration configuration, string identityUrl, ServiceUser user)
    {
        var section = KeystoneAuthTokenOptions.SectionName;
        return new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{section}:auth_url"] = identityUrl,
                [$"{section}:username"] = user.Name,
                [$"{section}:password"] = user.Password,
                [$"{section}:project_name"] = ServiceUser.ProjectName,
            })
            .AddConfiguration(configuration)
            .Build();
    }
}
