using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.DomainConfigs;

/// <summary>Domain-specific configuration (keystone/resource/core.py DomainConfigManager), checked against Keystone's whitelist.</summary>
internal sealed class DomainConfigService(IdentityDbContext db, IConfiguration configuration)
{
    public async Task RequireDomainAsync(string domainId, CancellationToken cancellationToken)
    {
        if (!await db.Domains.AnyAsync(d => d.Id == domainId, cancellationToken))
        {
            throw ResourceErrors.NotFound("domain", domainId);
        }
    }

    /// <summary>Replaces the whole configuration; true when the domain had none before (Keystone answers 201 then).</summary>
    public async Task<(JsonObject Config, bool Created)> CreateAsync(string domainId, JsonObject config, CancellationToken cancellationToken)
    {
        AssertValidConfig(config);
        var created = !await db.DomainConfigOptions.AnyAsync(o => o.DomainId == domainId, cancellationToken);
        // The delete runs at once; one transaction keeps the old configuration if the new rows cannot be stored.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DomainConfigOptions.Where(o => o.DomainId == domainId).ExecuteDeleteAsync(cancellationToken);
        db.DomainConfigOptions.AddRange(ToRows(domainId, config));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await ReadAsync(domainId, null, null, sensitive: false, cancellationToken), created);
    }

    public async Task<JsonObject> GetAsync(string domainId, string? group, string? option, CancellationToken cancellationToken)
    {
        AssertValidGroupAndOption(group, option);
        var config = await ReadAsync(domainId, group, option, sensitive: false, cancellationToken);
        return config.Count == 0 ? throw DomainConfigErrors.NotFound(domainId, group, option)
            : option is not null ? new JsonObject { [option] = config[group!]![option]?.DeepClone() }
            : config;
    }

    /// <summary>Merges <paramref name="config"/> in; a group or option update may name only that group or option, which must exist.</summary>
    public async Task<JsonObject> UpdateAsync(string domainId, JsonObject config, string? group, string? option, CancellationToken cancellationToken)
    {
        var update = group is not null && option is not null ? new JsonObject { [group] = config.DeepClone() } : config;
        AssertValidConfig(update);
        AssertValidGroupAndOption(group, option);
        if (group is not null)
        {
            var options = update.FirstOrDefault().Value as JsonObject;
            if (update.Count != 1 || (option is not null && options?.Count != 1))
            {
                throw DomainConfigErrors.Invalid(option is not null
                    ? $"Trying to update option {option} in group {group}, so that, and only that, option must be specified  in the config"
                    : $"Trying to update group {group}, so that, and only that, group must be specified in the config");
            }

            if (!update.ContainsKey(group))
            {
                throw DomainConfigErrors.Invalid($"request to update group {group}, but config provided contains group {update.First().Key} instead");
            }

            if (option is not null && !options!.ContainsKey(option))
            {
                throw DomainConfigErrors.Invalid(
                    $"Trying to update option {option} in group {group}, but config provided contains option {options.First().Key} instead");
            }

            if ((await ReadAsync(domainId, group, option, sensitive: true, cancellationToken)).Count == 0)
            {
                throw DomainConfigErrors.NotFound(domainId, group, option);
            }
        }

        var rows = await db.DomainConfigOptions.Where(o => o.DomainId == domainId).ToListAsync(cancellationToken);
        foreach (var row in ToRows(domainId, update))
        {
            var existing = rows.FirstOrDefault(r => r.Group == row.Group && r.Option == row.Option);
            if (existing is null)
            {
                db.DomainConfigOptions.Add(row);
            }
            else
            {
                existing.Value = row.Value;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(domainId, null, null, cancellationToken);
    }

    public async Task DeleteAsync(string domainId, string? group, string? option, CancellationToken cancellationToken)
    {
        AssertValidGroupAndOption(group, option);
        if (group is not null)
        {
            var current = await ReadAsync(domainId, null, null, sensitive: true, cancellationToken);
            if (current[group] is not JsonObject { Count: > 0 } currentGroup)
            {
                throw DomainConfigErrors.NotFound(domainId, group, null);
            }

            if (option is not null && !Truthy(currentGroup[option]))
            {
                throw DomainConfigErrors.NotFound(domainId, group, option);
            }
        }

        await db.DomainConfigOptions
            .Where(o => o.DomainId == domainId && (group == null || o.Group == group) && (option == null || o.Option == option))
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The defaults of the whitelisted options, from keystone.conf's defaults.</summary>
    public static JsonObject Defaults(string? group, string? option)
    {
        AssertValidGroupAndOption(group, option);
        if (option is not null)
        {
            return DomainConfigOptions.IsWhitelisted(group!, option)
                ? new JsonObject { [option] = DomainConfigOptions.Whitelisted[group!].First(o => o.Key == option).Value?.DeepClone() }
                : throw DomainConfigErrors.Invalid($"Reading the default for option {option} in group {group} is not supported");
        }

        var config = new JsonObject();
        foreach (var (name, options) in DomainConfigOptions.Whitelisted.Where(g => group is null || g.Key == group))
        {
            config[name] = new JsonObject([.. options.Select(o => KeyValuePair.Create(o.Key, o.Value?.DeepClone()))]);
        }

        return config;
    }

    /// <summary>The password rules of the default domain that anyone may read (get_security_compliance_config).</summary>
    public JsonObject SecurityCompliance(string domainId, string? option)
    {
        if (domainId != IdentityDomain.DefaultId)
        {
            throw DomainConfigErrors.Invalid(
                "Reading security compliance information for any domain other than the default domain is not allowed or supported");
        }

        string[] readable = ["password_regex", "password_regex_description"];
        if (option is not null && !readable.Contains(option, StringComparer.Ordinal))
        {
            throw DomainConfigErrors.Invalid("Reading security compliance values other than password_regex and password_regex_description is not allowed");
        }

        var section = configuration.GetSection(DomainConfigOptions.SecurityCompliance);
        var values = new JsonObject([.. readable.Where(o => option is null || o == option)
            .Select(o => KeyValuePair.Create(o, (JsonNode?)(section[o] is { } value ? JsonValue.Create(value) : null)))]);
        return option is null ? new JsonObject { [DomainConfigOptions.SecurityCompliance] = values } : values;
    }

    private async Task<JsonObject> ReadAsync(string domainId, string? group, string? option, bool sensitive, CancellationToken cancellationToken)
    {
        var rows = await db.DomainConfigOptions.AsNoTracking()
            .Where(o => o.DomainId == domainId && (group == null || o.Group == group) && (option == null || o.Option == option))
            .Where(o => sensitive || !o.Sensitive)
            .ToListAsync(cancellationToken);
        var config = new JsonObject();
        foreach (var row in rows.OrderBy(r => r.Group, StringComparer.Ordinal).ThenBy(r => r.Option, StringComparer.Ordinal))
        {
            var options = config[row.Group] as JsonObject ?? [];
            config[row.Group] = options;
            options[row.Option] = JsonNode.Parse(row.Value);
        }

        return config;
    }

    private static List<DomainConfigOption> ToRows(string domainId, JsonObject config) =>
        [.. config.SelectMany(g => ((JsonObject)g.Value!).Select(o => new DomainConfigOption
        {
            DomainId = domainId,
            Group = g.Key,
            Option = o.Key,
            Value = o.Value?.ToJsonString() ?? "null",
            Sensitive = DomainConfigOptions.IsSensitive(g.Key, o.Key),
        }))];

    private static void AssertValidConfig(JsonObject config)
    {
        if (config.Count == 0)
        {
            throw DomainConfigErrors.Invalid("No options specified");
        }

        foreach (var (group, options) in config)
        {
            if (options is not JsonObject { Count: > 0 } groupOptions)
            {
                throw DomainConfigErrors.Invalid($"The value of group {group} specified in the config should be a dictionary of options");
            }

            foreach (var option in groupOptions.Select(o => o.Key))
            {
                AssertValidGroupAndOption(group, option);
            }
        }
    }

    private static void AssertValidGroupAndOption(string? group, string? option)
    {
        if (group is null)
        {
            return;
        }

        if (!DomainConfigOptions.IsGroup(group))
        {
            throw DomainConfigErrors.Invalid($"Group {group} is not supported for domain specific configurations");
        }

        if (option is not null && !DomainConfigOptions.IsWhitelisted(group, option) && !DomainConfigOptions.IsSensitive(group, option))
        {
            throw DomainConfigErrors.Invalid($"Option {option} in group {group} is not supported for domain specific configurations");
        }
    }

    private static bool Truthy(JsonNode? value) => value?.GetValueKind() switch
    {
        null or System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.False => false,
        System.Text.Json.JsonValueKind.String => value.GetValue<string>().Length > 0,
        System.Text.Json.JsonValueKind.Number => value.GetValue<double>() != 0,
        System.Text.Json.JsonValueKind.Array => value.AsArray().Count > 0,
        System.Text.Json.JsonValueKind.Object => value.AsObject().Count > 0,
        _ => true,
    };
}
