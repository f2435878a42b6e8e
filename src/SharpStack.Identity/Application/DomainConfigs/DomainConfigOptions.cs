using System.Text.Json.Nodes;

namespace SharpStack.Identity.Application.DomainConfigs;

/// <summary>
/// The groups and options a domain may configure (keystone/resource/core.py DomainConfigManager), with the defaults
/// keystone.conf gives them (keystone/conf/{identity,ldap}.py), which <c>/v3/domains/config/default</c> shows.
/// </summary>
internal static class DomainConfigOptions
{
    public const string SecurityCompliance = "security_compliance";

    public static IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, JsonNode?>>> Whitelisted { get; } =
        new Dictionary<string, IReadOnlyList<KeyValuePair<string, JsonNode?>>>(StringComparer.Ordinal)
        {
            ["identity"] = [Option("driver", "sql"), Option("list_limit", null)],
            ["ldap"] =
            [
                Option("url", "ldap://localhost"), Option("user", null), Option("suffix", "cn=example,cn=com"),
                Option("query_scope", "one"), Option("page_size", 0), Option("alias_dereferencing", "default"),
                Option("debug_level", null), Option("chase_referrals", null), Option("user_tree_dn", null),
                Option("user_filter", null), Option("user_objectclass", "inetOrgPerson"), Option("user_id_attribute", "cn"),
                Option("user_name_attribute", "sn"), Option("user_mail_attribute", "mail"),
                Option("user_description_attribute", "description"), Option("user_pass_attribute", "userPassword"),
                Option("user_enabled_attribute", "enabled"), Option("user_enabled_invert", false), Option("user_enabled_mask", 0),
                Option("user_enabled_default", "True"), Option("user_attribute_ignore", new JsonArray("default_project_id")),
                Option("user_default_project_id_attribute", null), Option("user_enabled_emulation", false),
                Option("user_enabled_emulation_dn", null), Option("user_enabled_emulation_use_group_config", false),
                Option("user_additional_attribute_mapping", new JsonArray()), Option("group_tree_dn", null),
                Option("group_filter", null), Option("group_objectclass", "groupOfNames"), Option("group_id_attribute", "cn"),
                Option("group_name_attribute", "ou"), Option("group_members_are_ids", false), Option("group_member_attribute", "member"),
                Option("group_desc_attribute", "description"), Option("group_attribute_ignore", new JsonArray()),
                Option("group_additional_attribute_mapping", new JsonArray()), Option("tls_cacertfile", null),
                Option("tls_cacertdir", null), Option("use_tls", false), Option("tls_req_cert", "demand"), Option("use_pool", true),
                Option("pool_size", 10), Option("pool_retry_max", 3), Option("pool_retry_delay", 0.1),
                Option("pool_connection_timeout", -1), Option("pool_connection_lifetime", 600), Option("use_auth_pool", true),
                Option("auth_pool_size", 100), Option("auth_pool_connection_lifetime", 60),
            ],
        };

    /// <summary>Options stored but never shown (sensitive_options).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Sensitive { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["identity"] = [], ["ldap"] = ["password"] };

    public static bool IsWhitelisted(string group, string option) =>
        Whitelisted.TryGetValue(group, out var options) && options.Any(o => o.Key == option);

    public static bool IsSensitive(string group, string option) => Sensitive.TryGetValue(group, out var options) && options.Contains(option);

    public static bool IsGroup(string group) => Whitelisted.ContainsKey(group) || Sensitive.ContainsKey(group);

    private static KeyValuePair<string, JsonNode?> Option(string name, JsonNode? value) => KeyValuePair.Create(name, value);
}
