using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>OS-OAUTH1 consumers (keystone/common/policies/consumer.py).</summary>
internal static class OAuthPolicies
{
    public const string GetConsumer = "identity:get_consumer";
    public const string ListConsumers = "identity:list_consumers";
    public const string CreateConsumer = "identity:create_consumer";
    public const string UpdateConsumer = "identity:update_consumer";
    public const string DeleteConsumer = "identity:delete_consumer";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(GetConsumer, AdminOrSystemReader, "Show OAUTH1 consumer details.", SystemProject),
        new(ListConsumers, AdminOrSystemReader, "List OAUTH1 consumers.", SystemProject),
        new(CreateConsumer, AdminRequired, "Create OAUTH1 consumer.", SystemProject),
        new(UpdateConsumer, AdminRequired, "Update OAUTH1 consumer.", SystemProject),
        new(DeleteConsumer, AdminRequired, "Delete OAUTH1 consumer.", SystemProject),
    ];
}
