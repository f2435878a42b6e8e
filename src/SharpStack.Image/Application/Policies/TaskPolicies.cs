using SharpStack.Common.Policy;
using static SharpStack.Image.Application.Policies.GlanceCheckStrings;
using R = SharpStack.Image.Application.Policies.ImagePolicyRules;

namespace SharpStack.Image.Application.Policies;

/// <summary>Glance's default rules for the tasks API (glance/policies/tasks.py): only admins reach it.</summary>
internal static class TaskPolicies
{
    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        ImageApiPolicies.Rule(R.GetTask, Default, "Get an image task.", "GET", "/v2/tasks/{task_id}"),
        ImageApiPolicies.Rule(R.GetTasks, Default, "List tasks for all images.", "GET", "/v2/tasks"),
        ImageApiPolicies.Rule(R.AddTask, Default, "List tasks for all images.", "POST", "/v2/tasks"),
        ImageApiPolicies.Rule(R.ModifyTask, Default, "This policy is not used.", "DELETE", "/v2/tasks/{task_id}"),
        new(R.TasksApiAccess, Admin, "Controls access to the tasks API.", [PolicyScopeTypes.Project],
        [
            new("GET", "/v2/tasks/{task_id}"),
            new("GET", "/v2/tasks"),
            new("POST", "/v2/tasks"),
            new("DELETE", "/v2/tasks/{task_id}"),
        ]),
    ];
}
