using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpStack.Composition;

/// <summary>The services and agent kinds of a composition as a table: for operators, for the README and for scripts.</summary>
internal static class ServiceTable
{
    private static readonly string[] Headings = ["Service", "--services", "OpenStack", "Catalog type", "Catalog name", "Default port", "Version path", "Service user"];

    // Names an operator types go in backticks; the title, the project's name, the port and the placeholders do not.
    private static readonly bool[] Literal = [false, true, false, true, true, false, true, true];

    public static string Write(CloudComposition composition, ServiceTableFormat format) => format switch
    {
        ServiceTableFormat.Markdown => Markdown(composition),
        ServiceTableFormat.Json => Json(composition).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n",
        _ => Text(composition),
    };

    private static IEnumerable<string[]> Rows(CloudComposition composition) => composition.Services.Select(service => new[]
    {
        service.Title, service.Name, service.OpenStackName, service.CatalogType, service.CatalogName,
        service.DefaultPort.ToString(CultureInfo.InvariantCulture), service.VersionPath.Length > 0 ? service.VersionPath : "(root)",
        service.ServiceUser?.Name ?? "—",
    });

    private static string Markdown(CloudComposition composition)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", Headings).Append(" |\n");
        text.Append('|').AppendJoin("", Headings.Select(_ => "---|")).Append('\n');
        foreach (var row in Rows(composition))
        {
            text.Append("| ").AppendJoin(" | ", row.Select((cell, column) => Literal[column] && cell is not ("(root)" or "—") ? $"`{cell}`" : cell)).Append(" |\n");
        }

        text.Append('\n');
        if (composition.Agents.Count == 0)
        {
            return text.Append("Agent kinds: none yet; each arrives with its service.\n").ToString();
        }

        text.Append("| Agent kind | Service | Options |\n|---|---|---|\n");
        foreach (var agent in composition.Agents)
        {
            text.Append($"| `{agent.Kind}` | `{composition.ServiceOf(agent).Name}` | {string.Join(", ", agent.Options.Select(o => $"`[{o.Name}]`").Distinct())} |\n");
        }

        return text.ToString();
    }

    private static string Text(CloudComposition composition)
    {
        List<string[]> rows = [Headings, .. Rows(composition)];
        var widths = Enumerable.Range(0, Headings.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).Append('\n');
        }

        text.Append('\n').Append("Agent kinds: ")
            .Append(composition.Agents.Count == 0 ? "none" : string.Join(", ", composition.Agents.Select(a => $"{a.Kind} ({composition.ServiceOf(a).Name})")))
            .Append('\n');
        return string.Join('\n', text.ToString().Split('\n').Select(line => line.TrimEnd()));
    }

    private static JsonObject Json(CloudComposition composition) => new()
    {
        ["services"] = new JsonArray([.. composition.Services.Select(service => (JsonNode)new JsonObject
        {
            ["name"] = service.Name,
            ["title"] = service.Title,
            ["openstack_name"] = service.OpenStackName,
            ["catalog_type"] = service.CatalogType,
            ["catalog_name"] = service.CatalogName,
            ["default_port"] = service.DefaultPort,
            ["version_path"] = service.VersionPath,
            ["service_user"] = service.ServiceUser?.Name,
        })]),
        ["agents"] = new JsonArray([.. composition.Agents.Select(agent => (JsonNode)new JsonObject
        {
            ["kind"] = agent.Kind,
            ["service"] = composition.ServiceOf(agent).Name,
            ["sections"] = new JsonArray([.. agent.Options.Select(o => (JsonNode)JsonValue.Create(o.Name)).DistinctBy(n => n.GetValue<string>())]),
        })]),
    };
}
