using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Data;

/// <summary>Where and how every service keeps its database; bound from the <c>database</c> section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "database";

    [ConfigurationKeyName("connection")]
    [Description("Empty or 'sqlite' for one SQLite file per service in data_dir; otherwise PostgreSQL, as a URL (postgresql://user:password@host:5432/) or an Npgsql connection string (Host=...;Username=...). A database named in it overrides database_name.")]
    public string Connection { get; set; } = "";

    [ConfigurationKeyName("data_dir")]
    [Description("Folder of the SQLite files (<service>.db); empty means the host's data folder.")]
    public string DataDirectory { get; set; } = "";

    [ConfigurationKeyName("database_name")]
    [Description("PostgreSQL database of each service; {service} is replaced by the service name.")]
    public string DatabaseName { get; set; } = "sharpstack_{service}";

    [ConfigurationKeyName("max_pool_size")]
    [Description("Most PostgreSQL connections each service keeps open.")]
    public int MaxPoolSize { get; set; } = 50;

    [ConfigurationKeyName("connect_timeout")]
    [Description("Seconds to wait for a PostgreSQL connection before giving up.")]
    public int ConnectTimeoutSeconds { get; set; } = 10;

    [ConfigurationKeyName("command_timeout")]
    [Description("Seconds a database command may run before it is cancelled.")]
    public int CommandTimeoutSeconds { get; set; } = 30;

    [ConfigurationKeyName("busy_timeout")]
    [Description("Seconds a SQLite writer waits for another writer's lock before failing.")]
    public int BusyTimeoutSeconds { get; set; } = 30;
}
